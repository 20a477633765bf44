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

import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.DriverFramework;
import org.ddistudio.model.Producer;

/**
 * Whether WdfDeviceAddQueryInterface accepts a registration (§1.1). A rejected registration does not
 * exist at run time: the call returned STATUS_INVALID_PARAMETER and nothing was added to the list.
 */
public final class Registrations {

	private Registrations() {
	}

	/** Null when the registration is accepted, else the reason WdfDeviceAddQueryInterface rejects it. */
	public static String rejection(Producer producer) {
		boolean wdm = producer.eContainer() instanceof org.ddistudio.model.Driver driver
				&& driver.getFramework() == DriverFramework.WDM;
		if (wdm) {
			return null; // a WDM dispatch routine answers by hand; there is no registration to reject
		}
		if (producer.isSendQueryToParentStack() && producer.getOn() != DeviceObjectRole.CHILD_PDO) {
			return "SendQueryToParentStack on a device object that is not a PDO";
		}
		if (producer.isNullTemplate() && !producer.isSendQueryToParentStack() && !producer.isImportInterface()) {
			return "Interface NULL without SendQueryToParentStack or ImportInterface";
		}
		if (producer.isImportInterface() && producer.getCallback() == null) {
			return "ImportInterface without EvtDeviceProcessQueryInterfaceRequest";
		}
		return null;
	}
}
