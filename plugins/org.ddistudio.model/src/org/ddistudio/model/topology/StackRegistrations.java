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

import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;

/**
 * The query-interface registrations that live on the device objects of one stack: a bus driver's
 * child-pdo producers on the PDO it created, a driver's fdo producers on the function layer, a
 * filter's filter producers on its filter layer. A producer registered on a kind of device object
 * the driver does not have in this stack is not here (that is DDI203's business).
 */
public final class StackRegistrations {

	/** One registration on one device object of a stack. */
	public record Registration(StackLayer layer, Producer producer) {

		/** The driver that registered it. */
		public Driver driver() {
			return Stacks.driverOf(layer);
		}
	}

	private StackRegistrations() {
	}

	/** The registrations of the stack, top down: the order in which a query meets them (R1). */
	public static List<Registration> topDown(Device device) {
		List<Registration> registrations = new ArrayList<>();
		for (StackLayer layer : Stacks.topDown(device)) {
			registrations.addAll(on(layer));
		}
		return registrations;
	}

	/** The registrations on one device object, in registration (list) order. */
	public static List<Registration> on(StackLayer layer) {
		Driver driver = Stacks.driverOf(layer);
		List<Registration> registrations = new ArrayList<>();
		if (driver == null) {
			return registrations;
		}
		for (Producer producer : driver.getProducers()) {
			if (producer.getOn() == Stacks.deviceObjectRole(layer)) {
				registrations.add(new Registration(layer, producer));
			}
		}
		return registrations;
	}
}
