/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.validation;

import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;

/**
 * A scenario step addressed to a child device whose bus driver consumes the interface {@code on child-pdo}:
 * that consumer is the bus FDO's, in the parent's stack, and the query it describes fails, since
 * WdfFdoQueryForInterface with a PDO returns STATUS_INVALID_PARAMETER (wdf-semantics.md §1.3: "a full
 * WDFDEVICE that is legacy or not an FDO (a PDO caller) → STATUS_INVALID_PARAMETER"). DDI502 says so
 * instead of "no driver consumes" (issue 18); which driver that is, is
 * {@link org.ddistudio.model.topology.StackConsumers#childPdoConsumerOf}.
 */
final class ChildPdoConsumers {

	private ChildPdoConsumers() {
	}

	/** DDI502's message for such a step. */
	static String why(Driver bus, Device device, Interface iface) {
		String parent = device.getParent() == null || device.getParent().eIsProxy() ? "its parent" : "'" + device.getParent().getName() + "'";
		return "'" + bus.getName() + "' consumes " + iface.getName() + " on child-pdo, but the PDO of '" + device.getName()
				+ "' cannot query: WdfFdoQueryForInterface with a PDO returns STATUS_INVALID_PARAMETER (§1.3, DDI305). That"
				+ " consumer is the FDO's of '" + bus.getName() + "', in the stack of " + parent + ": address the step to "
				+ parent + ", or query the child's stack through a remote I/O target.";
	}
}
