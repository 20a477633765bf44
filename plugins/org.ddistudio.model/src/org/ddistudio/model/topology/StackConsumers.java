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
import java.util.List;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Interfaces;

/**
 * Which drivers of a stack consume an interface: the drivers that can send a query for it
 * (WdfFdoQueryForInterface on the own stack, WdfIoTargetQueryForInterface on a remote target).
 * Versions of one interface (same GUID) are the same interface to a consumer: it asks for a GUID
 * and a version, and gets what the producer has (R3).
 */
public final class StackConsumers {

	/** A consumer declaration of a driver that sits in the stack. */
	public record StackConsumer(Driver driver, Consumer consumer) {
	}

	private StackConsumers() {
	}

	/**
	 * The consumers of {@code iface} in the stack of {@code device}, one per driver, bottom to top;
	 * a driver's consumer of exactly this interface is preferred over one of another version. A bus
	 * driver that only owns the PDO of this stack is not a consumer here: it queries from its FDO in
	 * the parent's stack, and a PDO cannot query (WdfFdoQueryForInterface, §1.3).
	 */
	public static List<StackConsumer> of(Device device, Interface iface) {
		List<StackConsumer> found = new ArrayList<>();
		for (Driver driver : Stacks.drivers(device)) {
			if (!Stacks.hasFdoOrFilter(driver, device)) {
				continue;
			}
			Consumer consumer = consumerOf(driver, iface);
			if (consumer != null) {
				found.add(new StackConsumer(driver, consumer));
			}
		}
		return found;
	}

	/** The driver's consumer of {@code iface} (exact interface first, then same GUID), or {@code null}. */
	public static Consumer consumerOf(Driver driver, Interface iface) {
		Consumer sameGuid = null;
		String guid = iface == null || iface.eIsProxy() ? null : Interfaces.effectiveGuid(iface);
		for (Consumer consumer : driver.getConsumers()) {
			Interface consumed = consumer.getInterface();
			if (consumed == null || consumed.eIsProxy()) {
				continue;
			}
			if (consumed == iface) {
				return consumer;
			}
			if (sameGuid == null && guid != null && guid.equalsIgnoreCase(String.valueOf(Interfaces.effectiveGuid(consumed)))) {
				sameGuid = consumer;
			}
		}
		return sameGuid;
	}

	/**
	 * The driver of the device's PDO whose consumer of {@code iface} is declared {@code on child-pdo}, or
	 * {@code null}. Such a consumer belongs to the bus FDO in the parent's stack: a step addressed to the
	 * child finds no consumer there, and its query from the PDO would fail (WdfFdoQueryForInterface with a
	 * PDO returns STATUS_INVALID_PARAMETER, wdf-semantics.md §1.3). The validator (DDI502) and the
	 * simulator both name it when they say why such a step has no consumer.
	 */
	public static Driver childPdoConsumerOf(Device device, Interface iface) {
		for (StackLayer layer : device.getLayers()) {
			Driver driver = layer.getDriver();
			if (layer.getRole() == LayerRole.PDO && driver != null && !driver.eIsProxy()) {
				Consumer consumer = consumerOf(driver, iface);
				if (consumer != null && consumer.isSetOn() && consumer.getOn() == DeviceObjectRole.CHILD_PDO) {
					return driver;
				}
			}
		}
		return null;
	}
}
