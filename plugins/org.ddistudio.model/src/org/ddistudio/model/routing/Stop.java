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

import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.StackLayer;

/**
 * One device object a query interface request visits: the layer of a device's stack and its
 * driver (null for the PDO of a root-enumerated device, which the PnP manager owns).
 */
public record Stop(Device device, StackLayer layer, Driver driver) {

	/** Name for traces, e.g. "Toaster1/function Toaster". */
	public String describe() {
		return device.getName() + "/" + layer.getRole().getLiteral() + " " + (driver == null ? "root" : driver.getName());
	}
}
