/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.AcquirePoint;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.PnpEventKind;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.sim.Machine;
import org.ddistudio.sim.Machine.DeviceState;
import org.ddistudio.sim.Machine.HoldState;
import org.ddistudio.sim.Machine.TargetState;
import org.ddistudio.sim.SimEvent;
import org.ddistudio.sim.SystemIndex;
import org.ddistudio.sim.SystemIndex.HoldSlot;
import org.ddistudio.sim.SystemIndex.TargetSlot;

/**
 * The teardown events that can happen next in a state, restricted to the devices of a slice:
 * <ul>
 * <li>PnP (§4.2): orderly removal of a device subtree (query-remove, then remove), a query-remove that
 * succeeds and stays pending, a query-remove vetoed by the device's top driver (then cancelled), a
 * surprise removal. The PnP manager handles one device action at a time, so while a query-remove is
 * pending the only PnP events are its removal and its cancellation. A subtree that contains a
 * surprise-removed device is not query-removed (the device is gone); surprise removal again of a
 * surprise-removed device is the remove IRP that follows once its last handle is closed.</li>
 * <li>Remote-target callbacks (§4.3) run inside the PnP event that notifies them, in the documented
 * Windows order (query-remove and remove-complete notifications before the IRP; surprise removal IRP
 * first, then remove-complete): the simulator delivers them, the checker interleaves the PnP events.</li>
 * <li>Consumer calls: a consumer holding an interface calls every routine it uses. A lifetime holder
 * (acquired in a start callback, released in EvtDeviceReleaseHardware or never) keeps calling from
 * its I/O paths whenever its target is open again, released or not: a consumer that released on
 * query-remove and reopened on remove-cancelled without requerying calls a released interface (R7).</li>
 * <li>On-demand acquisition by an on-demand consumer that does not hold its interface (and whose target,
 * if any, is open): it queries, and if it releases after use, calls and releases at once.</li>
 * <li>Unload of a driver image that is loaded while no device uses it.</li>
 * </ul>
 */
final class TeardownEvents {

	private final SystemIndex index;
	private final SystemLayout system;
	/** Per holding slot: the remote target slot its consumer queries through, or -1 (its own stack). */
	private final int[] targetOf;
	/** Per holding slot: the device its queries enter (the target's device, or its own device). */
	private final int[] entry;
	/** Per driver: the devices whose stacks load it. */
	private final int[][] devicesOf;

	TeardownEvents(SystemIndex index) {
		this.index = index;
		this.system = index.system();
		targetOf = new int[index.holdings().size()];
		entry = new int[targetOf.length];
		for (HoldSlot slot : index.holdings()) {
			targetOf[slot.id()] = -1;
			entry[slot.id()] = slot.device();
			if (slot.consumer().getTarget() != null) {
				for (TargetSlot target : index.targets()) {
					if (target.owner() == slot.device() && target.binding().getTarget() == slot.consumer().getTarget()) {
						targetOf[slot.id()] = target.id();
						entry[slot.id()] = index.deviceId(target.binding().getDevice());
						break;
					}
				}
			}
		}
		devicesOf = new int[index.drivers().size()][];
		for (int driver = 0; driver < devicesOf.length; driver++) {
			List<Integer> devices = new ArrayList<>();
			for (int d = 0; d < index.devices().size(); d++) {
				if (uses(index.device(d), index.drivers().get(driver))) {
					devices.add(d);
				}
			}
			devicesOf[driver] = devices.stream().mapToInt(Integer::intValue).toArray();
		}
	}

	/** The enabled events of {@code machine} on the devices marked in {@code slice}, in a fixed order. */
	List<SimEvent> enabled(Machine machine, boolean[] slice) {
		List<SimEvent> events = new ArrayList<>();
		int pending = pendingQueryRemove(machine);
		int n = index.devices().size();
		if (pending >= 0) {
			if (slice[pending]) {
				Device device = index.device(pending);
				events.add(new SimEvent.Pnp(PnpEventKind.REMOVE, device, null, null, system));
				events.add(new SimEvent.Pnp(PnpEventKind.CANCEL_REMOVE, device, null, null, system));
			}
		} else {
			for (int d = 0; d < n; d++) {
				if (!slice[d] || !machine.present(d)) {
					continue;
				}
				Device device = index.device(d);
				if (machine.device(d) == DeviceState.STARTED && subtreeStarted(machine, d)) {
					events.add(new SimEvent.Pnp(PnpEventKind.REMOVE, device, null, null, system));
					events.add(new SimEvent.Pnp(PnpEventKind.QUERY_REMOVE, device, null, null, system));
					Driver top = topDriver(device);
					if (top != null) {
						events.add(new SimEvent.Pnp(PnpEventKind.QUERY_REMOVE, device, top, null, system));
					}
				}
				events.add(new SimEvent.Pnp(PnpEventKind.SURPRISE_REMOVE, device, null, null, system));
			}
		}
		for (HoldSlot slot : index.holdings()) {
			int d = slot.device();
			// a holding whose queries enter a stack outside the slice belongs to another slice's focus (Slices, 3.)
			if (!slice[d] || entry[slot.id()] < 0 || !slice[entry[slot.id()]] || !machine.present(d)) {
				continue;
			}
			Consumer consumer = slot.consumer();
			HoldState hold = machine.holding(slot.id());
			if (consumer.getAcquire() == AcquirePoint.ON_DEMAND && hold != HoldState.HELD && targetOpen(machine, slot)) {
				events.add(new SimEvent.Acquire(slot.deviceObject(), consumer, system));
			}
			if (!consumer.getUses().isEmpty() && calls(machine, slot, hold)) {
				events.add(new SimEvent.Use(slot.deviceObject(), consumer, system));
			}
		}
		for (int driver = 0; driver < index.drivers().size(); driver++) {
			if (machine.loaded(driver) && !inUse(machine, driver) && touches(driver, slice)) {
				events.add(new SimEvent.Unload(index.drivers().get(driver), system));
			}
		}
		return events;
	}

	/** The root of the pending query-remove (a query-removed device whose parent is not), or -1. */
	static int pendingQueryRemove(Machine machine) {
		SystemIndex index = machine.index();
		for (int d = 0; d < index.devices().size(); d++) {
			if (machine.device(d) == DeviceState.QUERY_REMOVED) {
				int parent = index.parent(d);
				if (parent < 0 || machine.device(parent) != DeviceState.QUERY_REMOVED) {
					return d;
				}
			}
		}
		return -1;
	}

	private boolean calls(Machine machine, HoldSlot slot, HoldState hold) {
		if (hold == HoldState.HELD) {
			return true;
		}
		Consumer consumer = slot.consumer();
		boolean lifetime = consumer.getAcquire() != AcquirePoint.ON_DEMAND && consumer.getRelease() != ReleasePoint.AFTER_USE;
		return hold == HoldState.RELEASED && lifetime && targetOpen(machine, slot);
	}

	/** A consumer without a remote target has its own stack; one with a target needs it open. */
	private boolean targetOpen(Machine machine, HoldSlot slot) {
		if (slot.consumer().getTarget() == null) {
			return true;
		}
		int target = targetOf[slot.id()];
		return target >= 0 && machine.target(target) == TargetState.OPEN;
	}

	private boolean subtreeStarted(Machine machine, int device) {
		if (machine.present(device) && machine.device(device) != DeviceState.STARTED) {
			return false;
		}
		for (int child : index.children(device)) {
			if (!subtreeStarted(machine, child)) {
				return false;
			}
		}
		return true;
	}

	/** The driver that vetoes in a vetoed query-remove: the topmost driver of the stack. */
	private static Driver topDriver(Device device) {
		for (StackLayer layer : QueryRouter.topDown(device)) {
			if (layer.getDriver() != null) {
				return layer.getDriver();
			}
		}
		return null;
	}

	private boolean inUse(Machine machine, int driver) {
		for (int d : devicesOf[driver]) {
			if (machine.present(d)) {
				return true;
			}
		}
		return false;
	}

	private boolean touches(int driver, boolean[] slice) {
		for (int d : devicesOf[driver]) {
			if (slice[d]) {
				return true;
			}
		}
		return false;
	}

	private static boolean uses(Device device, Driver driver) {
		for (StackLayer layer : device.getLayers()) {
			if (layer.getDriver() == driver) {
				return true;
			}
		}
		return false;
	}
}
