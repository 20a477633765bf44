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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.AcquirePoint;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.routing.Producers;
import org.ddistudio.model.routing.Registrations;

/**
 * Starting a device: its parent first, its drivers' images loaded, AddDevice attaching the device objects
 * bottom up with the registrations of each layer (wdf-semantics.md §1.1: WdfDeviceAddQueryInterface and
 * the registrations it rejects), IRP_MN_START_DEVICE, the remote targets it opens (§4.3), and the
 * consumers that query at EvtDriverDeviceAdd, EvtDevicePrepareHardware or EvtDeviceSelfManagedIoInit
 * (§1.3: a query from AddDevice sees only the device objects attached below it).
 */
final class DeviceStart {

	private final SimulationState state;
	private final SystemIndex index;
	private final Journal journal;
	private final DriverImages images;
	private final InterfaceQueries queries;
	private final RemoteTargets targets;

	DeviceStart(SimulationState state, Journal journal, DriverImages images, InterfaceQueries queries, RemoteTargets targets) {
		this.state = state;
		this.index = state.index;
		this.journal = journal;
		this.images = images;
		this.queries = queries;
		this.targets = targets;
	}

	/** Starts one device, or every device of the system. */
	void start(SimEvent.Start start) {
		if (start.device() == null) {
			journal.log(0, () -> "start all devices", start.source());
			for (Device device : index.devices()) {
				start(device);
			}
		} else {
			journal.log(0, () -> "start " + start.device().getName(), start.source());
			start(start.device());
		}
	}

	/**
	 * Starts the device, its absent ancestors first (the PnP manager enumerates a child only once its
	 * parent's bus driver runs). The ancestors are gathered by a walk up the tree, not by recursion:
	 * a tree ten thousand devices deep is valid and must not overflow the thread's stack.
	 */
	private void start(Device device) {
		List<Device> toStart = new ArrayList<>(); // the device, then each absent ancestor to start before it
		Set<Device> seen = new HashSet<>();
		for (Device current = device; current != null && seen.add(current);) {
			int id = state.id(current);
			if (id < 0 || state.pnp[id] != SimulationState.ABSENT) {
				break;
			}
			toStart.add(current);
			Device parent = current.getParent();
			current = null;
			if (parent != null && !state.present(parent)) {
				int parentId = state.id(parent);
				if (parentId >= 0 && state.pnp[parentId] == SimulationState.REMOVED) {
					Device child = toStart.removeLast();
					journal.log(1, () -> child.getName() + " cannot start: its parent " + parent.getName() + " is removed", child);
				} else {
					current = parent;
				}
			}
		}
		for (Device next : toStart.reversed()) {
			startAttached(next);
		}
	}

	/** AddDevice and IRP_MN_START_DEVICE for a device whose parent is started, or cannot be. */
	private void startAttached(Device device) {
		int id = state.id(device);
		images.loadFor(device);
		// AddDevice attaches the device objects bottom up; a query from EvtDriverDeviceAdd sees only those below
		for (StackLayer layer : device.getLayers()) {
			state.attached[id]++;
			register(layer);
			acquireAt(device, layer, AcquirePoint.DEVICE_ADD);
		}
		state.pnp[id] = SimulationState.STARTED;
		journal.log(1, () -> device.getName() + " started (IRP_MN_START_DEVICE)", device);
		for (StackLayer layer : device.getLayers()) {
			acquireAt(device, layer, AcquirePoint.PREPARE_HARDWARE);
		}
		targets.openOwnedBy(id);
		for (StackLayer layer : device.getLayers()) {
			acquireAt(device, layer, AcquirePoint.SELF_MANAGED_IO_INIT);
		}
	}

	/** The accepted registrations of a layer exist once it is attached (SystemIndex numbers them); rejections are logged. */
	private void register(StackLayer layer) {
		for (Producer producer : Producers.on(layer)) {
			String rejection = Registrations.rejection(producer);
			if (rejection != null) {
				journal.log(2, () -> driverName(layer) + ": WdfDeviceAddQueryInterface(" + producer.getInterface().getName()
						+ ") fails with STATUS_INVALID_PARAMETER: " + rejection, producer);
			}
		}
	}

	/** The consumers of the layer's driver that acquire at {@code point} do so (a PDO's driver queries nothing). */
	private void acquireAt(Device device, StackLayer layer, AcquirePoint point) {
		Driver driver = layer.getDriver();
		if (driver == null || layer.getRole() == LayerRole.PDO) {
			return;
		}
		for (Consumer consumer : driver.getConsumers()) {
			if (consumer.getAcquire() == point) {
				queries.acquireAndUse(device, consumer, consumer);
			}
		}
	}

	private static String driverName(StackLayer layer) {
		return layer.getDriver() == null ? "root" : layer.getDriver().getName();
	}
}
