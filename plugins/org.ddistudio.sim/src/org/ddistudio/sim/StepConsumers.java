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
import java.util.List;
import java.util.Objects;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.topology.StackConsumers;
import org.eclipse.emf.ecore.EObject;

/**
 * The consumers a device's stack holds and which of them a scenario step means: the drivers of its
 * FDO and filter layers, not of its PDO (a PDO cannot query, wdf-semantics.md §1.3).
 * <p>
 * Not {@link StackConsumers#of}, with which the validator finds a step's consumer: a step names a device
 * (and maybe a driver), and the simulator takes the first matching consumer in the order the layers and
 * their consumers are declared, which is the order its traces and expectations have always followed.
 */
final class StepConsumers {

	private StepConsumers() {
	}

	/**
	 * The first consumer of {@code iface} (same interface or same effective GUID) in the device's stack, of
	 * {@code driver} when given; when there is none, an expectation fails and the answer is null.
	 */
	static Consumer find(Device device, Driver driver, Interface iface, EObject source, Journal journal) {
		List<Consumer> candidates = new ArrayList<>();
		for (Consumer consumer : of(device)) {
			if ((driver == null || driverOf(consumer) == driver) && sameInterface(consumer.getInterface(), iface)) {
				candidates.add(consumer);
			}
		}
		if (candidates.isEmpty()) {
			Driver bus = driver == null ? StackConsumers.childPdoConsumerOf(device, iface) : null;
			journal.expectationFailed(bus == null ? "no driver of " + device.getName() + "'s stack consumes " + iface.getName()
					: bus.getName() + " consumes " + iface.getName() + " on child-pdo, but " + device.getName() + "'s PDO cannot query"
							+ " (WdfFdoQueryForInterface with a PDO returns STATUS_INVALID_PARAMETER, wdf-semantics.md §1.3): "
							+ bus.getName() + "'s consumer is its FDO's, in " + parentName(device) + "'s stack", source);
			return null;
		}
		return candidates.get(0);
	}

	private static boolean sameInterface(Interface a, Interface b) {
		return a == b || (a != null && b != null && Objects.equals(Guids.normalize(Interfaces.effectiveGuid(a)),
				Guids.normalize(Interfaces.effectiveGuid(b))));
	}

	private static String parentName(Device device) {
		return device.getParent() == null ? "its parent" : device.getParent().getName();
	}

	/** The consumers of the drivers of the device's non-PDO layers, in the order the layers are declared. */
	static List<Consumer> of(Device device) {
		List<Consumer> result = new ArrayList<>();
		for (StackLayer layer : device.getLayers()) {
			if (layer.getRole() != LayerRole.PDO && layer.getDriver() != null) {
				result.addAll(layer.getDriver().getConsumers());
			}
		}
		return result;
	}

	static Driver driverOf(Consumer consumer) {
		return (Driver) consumer.eContainer();
	}
}
