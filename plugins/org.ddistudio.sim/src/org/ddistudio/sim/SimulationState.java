package org.ddistudio.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Producer;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.model.routing.StackEnvironment;
import org.eclipse.emf.ecore.EObject;

/**
 * The live state of a simulated system: PnP state of every device, which device objects are attached,
 * the query-interface registrations on them with their reference counts, driver images, remote
 * targets and what every consumer holds.
 */
final class SimulationState implements StackEnvironment {

	enum Pnp {
		ABSENT, STARTED, QUERY_REMOVED, SURPRISE_REMOVED, REMOVED
	}

	enum Image {
		LOADED, UNLOADED
	}

	enum TargetState {
		NEVER_OPENED, OPEN, CLOSED_FOR_QUERY_REMOVE, CLOSED
	}

	enum Hold {
		HELD, RELEASED
	}

	/** One device node. */
	static final class DeviceNode {
		final Device device;
		Pnp pnp = Pnp.ABSENT;
		/** Number of layers attached, bottom up (AddDevice attaches them one by one). */
		int attached;
		final List<Registration> registrations = new ArrayList<>();

		DeviceNode(Device device) {
			this.device = device;
		}

		boolean hasStack() {
			return pnp == Pnp.STARTED || pnp == Pnp.QUERY_REMOVED || pnp == Pnp.SURPRISE_REMOVED || (pnp == Pnp.ABSENT && attached > 0);
		}
	}

	/** A registration accepted by WdfDeviceAddQueryInterface, owned by a device object. */
	static final class Registration {
		final Device device;
		final StackLayer layer;
		final Producer producer;
		/** Outstanding references; meaningful for counted reference routines. */
		int references;
		/** The device object was deleted: the producer context (and the framework's copy) is freed. */
		boolean freed;

		Registration(Device device, StackLayer layer, Producer producer) {
			this.device = device;
			this.layer = layer;
			this.producer = producer;
		}

		Driver driver() {
			return (Driver) producer.eContainer();
		}
	}

	/** A remote I/O target opened by a driver of {@code owner}'s stack to another device. */
	static final class Target {
		final Device owner;
		final TargetBinding binding;
		TargetState state = TargetState.NEVER_OPENED;

		Target(Device owner, TargetBinding binding) {
			this.owner = owner;
			this.binding = binding;
		}

		RemoteTargetDecl decl() {
			return binding.getTarget();
		}

		Device targetDevice() {
			return binding.getDevice();
		}
	}

	/** What one consumer (in one device's stack) holds. */
	static final class Holding {
		final Device device;
		final Consumer consumer;
		Hold state = Hold.HELD;
		Registration answer;
		long returnedSize;
		int returnedVersion;
		EObject acquiredBy;
		boolean reportedNeverReleased;

		Holding(Device device, Consumer consumer) {
			this.device = device;
			this.consumer = consumer;
		}
	}

	final Map<Device, DeviceNode> devices = new LinkedHashMap<>();
	final Map<Driver, Image> images = new LinkedHashMap<>();
	final List<Target> targets = new ArrayList<>();
	final Map<Device, Map<Consumer, Holding>> holdings = new LinkedHashMap<>();

	DeviceNode node(Device device) {
		return devices.computeIfAbsent(device, DeviceNode::new);
	}

	boolean present(Device device) {
		DeviceNode node = devices.get(device);
		return node != null && node.pnp != Pnp.ABSENT && node.pnp != Pnp.REMOVED;
	}

	Holding holding(Device device, Consumer consumer) {
		Map<Consumer, Holding> map = holdings.get(device);
		return map == null ? null : map.get(consumer);
	}

	void hold(Holding holding) {
		holdings.computeIfAbsent(holding.device, d -> new LinkedHashMap<>()).put(holding.consumer, holding);
	}

	@Override
	public List<StackLayer> topDown(Device device) {
		DeviceNode node = devices.get(device);
		if (node == null || !node.hasStack()) {
			return List.of();
		}
		List<StackLayer> all = QueryRouter.topDown(device);
		// while AddDevice is still attaching, only the lower layers exist
		return all.subList(all.size() - Math.min(node.attached, all.size()), all.size());
	}

	@Override
	public Producer registration(Device device, StackLayer layer, String guid) {
		Registration registration = registrationFor(device, layer, guid);
		return registration == null ? null : registration.producer;
	}

	Registration registrationFor(Device device, StackLayer layer, String guid) {
		DeviceNode node = devices.get(device);
		if (node == null) {
			return null;
		}
		for (Registration registration : node.registrations) {
			if (registration.layer == layer && !registration.freed
					&& guid.equals(org.ddistudio.model.routing.Producers.guidOf(registration.producer))) {
				return registration;
			}
		}
		return null;
	}
}
