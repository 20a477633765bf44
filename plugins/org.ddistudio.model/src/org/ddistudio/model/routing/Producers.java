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

import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.Producer;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.Interfaces;

/** Which registrations sit on which device object. */
public final class Producers {

	private Producers() {
	}

	/** The device object role a producer needs to be registered on a layer of this role. */
	public static DeviceObjectRole roleFor(LayerRole layer) {
		return switch (layer) {
		case PDO -> DeviceObjectRole.CHILD_PDO;
		case FUNCTION -> DeviceObjectRole.FDO;
		case LOWER_FILTER, UPPER_FILTER -> DeviceObjectRole.FILTER_DEVICE;
		};
	}

	/** The registrations of the layer's driver on that device object, in registration order. */
	public static List<Producer> on(StackLayer layer) {
		List<Producer> result = new ArrayList<>();
		Driver driver = layer.getDriver();
		if (driver == null || driver.eIsProxy()) {
			return result;
		}
		DeviceObjectRole role = roleFor(layer.getRole());
		for (Producer producer : driver.getProducers()) {
			if (producer.getOn() == role) {
				result.add(producer);
			}
		}
		return result;
	}

	/** The normalized effective GUID of the produced interface, or null. */
	public static String guidOf(Producer producer) {
		Interface iface = producer.getInterface();
		return iface == null || iface.eIsProxy() ? null : Guids.normalize(Interfaces.effectiveGuid(iface));
	}

	/** The reference routines the producer fills in: its own declaration, else the interface's. */
	public static ReferenceCounting counting(Producer producer) {
		if (producer.isSetReferenceCounting()) {
			return producer.getReferenceCounting();
		}
		Interface iface = producer.getInterface();
		return iface == null || iface.eIsProxy() ? ReferenceCounting.NOOP : iface.getReferenceCounting();
	}
}
