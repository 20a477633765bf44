/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.topology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.StackLayer;

/**
 * One device stack: its device objects are written bottom (PDO) to top; IRPs, including
 * IRP_MN_QUERY_INTERFACE, enter at the top and travel down (wdf-semantics.md R1).
 */
public final class Stacks {

	private Stacks() {
	}

	/** The device objects from the top of the stack down to the PDO: the order a PnP IRP visits them. */
	public static List<StackLayer> topDown(Device device) {
		return new ArrayList<>(device.getLayers()).reversed();
	}

	/** The first layer with that role, or {@code null}. */
	public static StackLayer firstLayer(Device device, LayerRole role) {
		for (StackLayer layer : device.getLayers()) {
			if (layer.getRole() == role) {
				return layer;
			}
		}
		return null;
	}

	/** The layers with that role, bottom to top. */
	public static List<StackLayer> layers(Device device, LayerRole role) {
		List<StackLayer> layers = new ArrayList<>();
		for (StackLayer layer : device.getLayers()) {
			if (layer.getRole() == role) {
				layers.add(layer);
			}
		}
		return layers;
	}

	/** The resolved driver of a layer; {@code null} for 'pdo root' or an unresolved name. */
	public static Driver driverOf(StackLayer layer) {
		Driver driver = layer.getDriver();
		return driver == null || driver.eIsProxy() ? null : driver;
	}

	/** The driver of the (first) function layer: the one that creates the FDO; {@code null} if none. */
	public static Driver functionDriver(Device device) {
		StackLayer function = firstLayer(device, LayerRole.FUNCTION);
		return function == null ? null : driverOf(function);
	}

	/** The distinct resolved drivers of the stack, bottom to top. */
	public static List<Driver> drivers(Device device) {
		Set<Driver> drivers = new LinkedHashSet<>();
		for (StackLayer layer : device.getLayers()) {
			Driver driver = driverOf(layer);
			if (driver != null) {
				drivers.add(driver);
			}
		}
		return new ArrayList<>(drivers);
	}

	/** The layers of the stack that belong to {@code driver}, bottom to top. */
	public static List<StackLayer> layersOf(Driver driver, Device device) {
		List<StackLayer> layers = new ArrayList<>();
		for (StackLayer layer : device.getLayers()) {
			if (driverOf(layer) == driver) {
				layers.add(layer);
			}
		}
		return layers;
	}

	/**
	 * The kind of device object a layer is, seen from its driver: a PDO layer is one of the child
	 * PDOs its bus driver creates, the function layer is the driver's FDO, a filter layer its filter
	 * device object. This is what a producer's {@code on} names.
	 */
	public static DeviceObjectRole deviceObjectRole(StackLayer layer) {
		return switch (layer.getRole()) {
		case PDO -> DeviceObjectRole.CHILD_PDO;
		case FUNCTION -> DeviceObjectRole.FDO;
		case LOWER_FILTER, UPPER_FILTER -> DeviceObjectRole.FILTER_DEVICE;
		};
	}

	/** Whether {@code driver} has an FDO or a filter device object (anything but the PDO) in the stack. */
	public static boolean hasFdoOrFilter(Driver driver, Device device) {
		return layersOf(driver, device).stream().anyMatch(layer -> layer.getRole() != LayerRole.PDO);
	}

	/** Whether {@code driver} has a device object in the stack of {@code device}. */
	public static boolean contains(Device device, Driver driver) {
		return !layersOf(driver, device).isEmpty();
	}
}
