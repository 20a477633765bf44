/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.routing.Producers;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.model.routing.Registrations;

/**
 * The fixed structure of a system, numbered once: devices, the query-interface registrations their
 * layers can make, the remote targets their drivers open, the (device, consumer) pairs that can hold
 * an interface, and the driver images. Everything that changes while a system runs lives in
 * {@link SimulationState} as small arrays indexed by these numbers, so that a state is copied with a
 * few array copies and encoded canonically (the teardown checker copies one per explored event).
 */
public final class SystemIndex {

	/** A registration WdfDeviceAddQueryInterface can accept: one producer on one layer of one device (§1.1). */
	public record RegSlot(int id, int device, int layer, Device deviceObject, StackLayer stackLayer, Producer producer, String guid) {
		Driver driver() {
			return (Driver) producer.eContainer();
		}
	}

	/** A remote I/O target opened by a driver of {@code owner}'s stack to another device (§4.3). */
	public record TargetSlot(int id, int owner, Device ownerDevice, TargetBinding binding) {
	}

	/** A consumer of a driver in a device's stack, which may hold one interface at a time. */
	public record HoldSlot(int id, int device, Device deviceObject, Consumer consumer) {
	}

	private final SystemLayout system;
	private final List<Device> devices;
	private final Map<Device, Integer> deviceIds = new IdentityHashMap<>();
	private final int[] parents;
	private final int[][] children;
	private final List<List<StackLayer>> topDown = new ArrayList<>();
	private final List<RegSlot> registrations = new ArrayList<>();
	private final int[][] registrationsOf;
	private final List<TargetSlot> targets = new ArrayList<>();
	private final int[][] targetsTo;
	private final int[][] targetsOwnedBy;
	private final List<HoldSlot> holdings = new ArrayList<>();
	private final int[][] holdingsOf;
	private final Map<Device, Map<Consumer, Integer>> holdingIds = new IdentityHashMap<>();
	private final List<Driver> drivers = new ArrayList<>();
	private final Map<Driver, Integer> driverIds = new IdentityHashMap<>();
	private final int[][] devicesOf;

	/** Numbers a system; cached on nothing, so build it once per run and share it. */
	public SystemIndex(SystemLayout system) {
		this.system = system;
		this.devices = List.copyOf(system.getDevices());
		int n = devices.size();
		for (int i = 0; i < n; i++) {
			deviceIds.putIfAbsent(devices.get(i), i);
		}
		parents = new int[n];
		List<List<Integer>> kids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			kids.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			Integer parent = devices.get(i).getParent() == null ? null : deviceIds.get(devices.get(i).getParent());
			parents[i] = parent == null ? -1 : parent;
			if (parent != null) {
				kids.get(parent).add(i);
			}
		}
		children = kids.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		registrationsOf = new int[n][];
		holdingsOf = new int[n][];
		targetsOwnedBy = new int[n][];
		List<List<Integer>> bound = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			bound.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			Device device = devices.get(i);
			topDown.add(QueryRouter.topDown(device));
			List<Integer> regs = new ArrayList<>();
			List<StackLayer> layers = device.getLayers();
			for (int l = 0; l < layers.size(); l++) {
				StackLayer layer = layers.get(l);
				numberDriver(layer.getDriver());
				for (Producer producer : Producers.on(layer)) {
					if (Registrations.rejection(producer) == null) {
						RegSlot slot = new RegSlot(registrations.size(), i, l, device, layer, producer, Producers.guidOf(producer));
						registrations.add(slot);
						regs.add(slot.id());
					}
				}
			}
			registrationsOf[i] = regs.stream().mapToInt(Integer::intValue).toArray();
			List<Integer> owned = new ArrayList<>();
			for (TargetBinding binding : device.getTargets()) {
				TargetSlot slot = new TargetSlot(targets.size(), i, device, binding);
				targets.add(slot);
				owned.add(slot.id());
				Integer to = binding.getDevice() == null ? null : deviceIds.get(binding.getDevice());
				if (to != null) {
					bound.get(to).add(slot.id());
				}
			}
			targetsOwnedBy[i] = owned.stream().mapToInt(Integer::intValue).toArray();
			List<Integer> holds = new ArrayList<>();
			for (StackLayer layer : layers) {
				if (layer.getRole() != LayerRole.PDO && layer.getDriver() != null) {
					for (Consumer consumer : layer.getDriver().getConsumers()) {
						Map<Consumer, Integer> ids = holdingIds.computeIfAbsent(device, d -> new IdentityHashMap<>());
						if (!ids.containsKey(consumer)) {
							HoldSlot slot = new HoldSlot(holdings.size(), i, device, consumer);
							holdings.add(slot);
							ids.put(consumer, slot.id());
							holds.add(slot.id());
						}
					}
				}
			}
			holdingsOf[i] = holds.stream().mapToInt(Integer::intValue).toArray();
		}
		// one pass over the stacks: the devices of each driver, each device once, in declaration order
		List<List<Integer>> loading = new ArrayList<>();
		for (int driver = 0; driver < drivers.size(); driver++) {
			loading.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			for (StackLayer layer : devices.get(i).getLayers()) {
				if (layer.getDriver() != null) {
					List<Integer> list = loading.get(driverIds.get(layer.getDriver()));
					if (list.isEmpty() || list.get(list.size() - 1) != i) {
						list.add(i);
					}
				}
			}
		}
		devicesOf = loading.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		targetsTo = bound.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	private void numberDriver(Driver driver) {
		if (driver != null && !driverIds.containsKey(driver)) {
			driverIds.put(driver, drivers.size());
			drivers.add(driver);
		}
	}

	public SystemLayout system() {
		return system;
	}

	/** The devices in declaration order; a device's number is its position here. */
	public List<Device> devices() {
		return devices;
	}

	/** The number of a device, or -1 when it is not a device of this system. */
	public int deviceId(Device device) {
		Integer id = device == null ? null : deviceIds.get(device);
		return id == null ? -1 : id;
	}

	public Device device(int id) {
		return devices.get(id);
	}

	/** The parent's number, or -1 for a root-enumerated device. */
	public int parent(int device) {
		return parents[device];
	}

	/** The children's numbers, in declaration order. */
	public int[] children(int device) {
		return children[device];
	}

	/** The declared stack of a device, top first (cached: the router computes it from the layers). */
	List<StackLayer> topDown(int device) {
		return topDown.get(device);
	}

	public List<RegSlot> registrations() {
		return registrations;
	}

	/** The registrations a device's layers can make, bottom layer first, in list order (§1.1). */
	public int[] registrationsOf(int device) {
		return registrationsOf[device];
	}

	public List<TargetSlot> targets() {
		return targets;
	}

	/** The remote targets a device's stack opens, in declaration order. */
	public int[] targetsOwnedBy(int device) {
		return targetsOwnedBy[device];
	}

	/** The remote targets bound to a device (opened to it by other stacks). */
	public int[] targetsTo(int device) {
		return targetsTo[device];
	}

	public List<HoldSlot> holdings() {
		return holdings;
	}

	/** The holding slots of the consumers in a device's stack. */
	public int[] holdingsOf(int device) {
		return holdingsOf[device];
	}

	/** The holding slot of a consumer in a device's stack, or -1. */
	public int holdingId(Device device, Consumer consumer) {
		Map<Consumer, Integer> ids = holdingIds.get(device);
		Integer id = ids == null ? null : ids.get(consumer);
		return id == null ? -1 : id;
	}

	/** The drivers that appear in some stack, in order of first appearance. */
	public List<Driver> drivers() {
		return drivers;
	}

	/** The devices whose stacks load a driver (its image stays loaded while one of them is present). */
	public int[] devicesOf(int driver) {
		return devicesOf[driver];
	}

	/** The number of a driver, or -1 when no stack of this system loads it. */
	public int driverId(Driver driver) {
		Integer id = driver == null ? null : driverIds.get(driver);
		return id == null ? -1 : id;
	}
}
