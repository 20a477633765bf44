/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.routing;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.TargetBinding;

/**
 * Where a consumer's IRP_MN_QUERY_INTERFACE enters the described stacks (wdf-semantics.md §1.3):
 * WdfFdoQueryForInterface sends it to the top of the consumer's own stack, which it can only do from
 * an FDO or a filter; WdfIoTargetQueryForInterface sends it to the top of the stack of the device the
 * remote I/O target is opened to. Computed here once for the consumer rules and their quick fixes.
 */
public final class QueryEntries {

	private QueryEntries() {
	}

	/**
	 * The devices whose stacks the consumer's query enters, given the devices to look in, in their order:
	 * without a remote target, each device where the consumer's driver has a layer that is not a PDO; with
	 * one, for each device the driver has a layer in, the devices that device binds the target to (bound
	 * devices that are unresolved proxies left out). Empty when the target is itself an unresolved proxy.
	 * Whether the consumer queries from a child PDO ({@code on CHILD_PDO}) is for the caller to judge.
	 */
	public static List<Device> of(Consumer consumer, List<Device> devices) {
		Driver driver = (Driver) consumer.eContainer();
		RemoteTargetDecl target = consumer.getTarget();
		List<Device> result = new ArrayList<>();
		if (target != null && target.eIsProxy()) {
			return result;
		}
		for (Device device : devices) {
			if (target == null) {
				if (hasNonPdoLayer(device, driver)) {
					result.add(device);
				}
			} else if (hasLayer(device, driver)) {
				for (TargetBinding binding : device.getTargets()) {
					if (binding.getTarget() == target && binding.getDevice() != null && !binding.getDevice().eIsProxy()) {
						result.add(binding.getDevice());
					}
				}
			}
		}
		return result;
	}

	private static boolean hasNonPdoLayer(Device device, Driver driver) {
		for (StackLayer layer : device.getLayers()) {
			if (layer.getDriver() == driver && layer.getRole() != LayerRole.PDO) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasLayer(Device device, Driver driver) {
		for (StackLayer layer : device.getLayers()) {
			if (layer.getDriver() == driver) {
				return true;
			}
		}
		return false;
	}
}
