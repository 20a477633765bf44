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

import java.util.List;

import org.ddistudio.model.Device;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;

/**
 * What a query can see of the system: the device objects currently in each stack and the
 * registrations on them. The static model answers from the declarations; the simulator answers from
 * its live state (removed devices have no stack, rejected registrations were never added).
 */
public interface StackEnvironment {

	/** The layers currently attached in the device's stack, top first; empty when the stack is gone. */
	List<StackLayer> topDown(Device device);

	/** The registration that answers the GUID on that device object (first in list order), or null. */
	Producer registration(Device device, StackLayer layer, String guid);

	/**
	 * The layout of a registration's interface on the ABI, for the R3 Size check. Computed from the
	 * model each time; an environment that routes many requests through an unchanging model may
	 * keep the layouts (the validator routes every consumer from every entry on both ABIs).
	 */
	default InterfaceLayout layout(Interface iface, Abi abi) throws LayoutException {
		return InterfaceLayout.compute(iface, abi);
	}

	/** The environment of the declared model: every stack complete, every accepted registration present. */
	StackEnvironment DECLARED = new StackEnvironment() {
		@Override
		public List<StackLayer> topDown(Device device) {
			return QueryRouter.topDown(device);
		}

		@Override
		public Producer registration(Device device, StackLayer layer, String guid) {
			// §1.1: a rejected WdfDeviceAddQueryInterface added nothing to the list, so it shadows nothing:
			// the first *accepted* registration of the GUID answers
			for (Producer producer : Producers.on(layer)) {
				if (guid != null && guid.equals(Producers.guidOf(producer)) && Registrations.rejection(producer) == null) {
					return producer;
				}
			}
			return null;
		}
	};
}
