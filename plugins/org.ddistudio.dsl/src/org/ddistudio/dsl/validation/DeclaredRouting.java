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

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.model.Device;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.StackEnvironment;

/**
 * The declared model as one validation run routes queries through it: {@link StackEnvironment#DECLARED},
 * with every interface layout computed once per ABI. The reach rule routes each consumer from each
 * entry device on both ABIs, and each route checks the Size of every registration it meets, so the
 * same few layouts were computed again and again (15 % of the memory allocated while validating a
 * large workspace). One instance lives in the validation context of one run: the model does not
 * change during a run, and a run is on one thread.
 */
final class DeclaredRouting implements StackEnvironment {

	private final Map<Abi, Map<Interface, Object>> layouts = new EnumMap<>(Abi.class);

	/** The run's instance, made on first use (a new one when there is no context). */
	static DeclaredRouting of(Map<Object, Object> validationContext) {
		if (validationContext == null) {
			return new DeclaredRouting();
		}
		return (DeclaredRouting) validationContext.computeIfAbsent(DeclaredRouting.class, key -> new DeclaredRouting());
	}

	@Override
	public List<StackLayer> topDown(Device device) {
		return DECLARED.topDown(device);
	}

	@Override
	public Producer registration(Device device, StackLayer layer, String guid) {
		return DECLARED.registration(device, layer, guid);
	}

	/** Computed once per interface and ABI; a layout that cannot be computed fails the same way each time. */
	@Override
	public InterfaceLayout layout(Interface iface, Abi abi) throws LayoutException {
		Map<Interface, Object> perAbi = layouts.computeIfAbsent(abi, a -> new HashMap<>());
		Object known = perAbi.get(iface);
		if (known == null) {
			try {
				known = InterfaceLayout.compute(iface, abi);
			} catch (LayoutException e) {
				known = e;
			}
			perAbi.put(iface, known);
		}
		if (known instanceof LayoutException failure) {
			throw failure;
		}
		return (InterfaceLayout) known;
	}

	/** The layout, or null if it cannot be computed (reported by DDI108 on the interface). */
	InterfaceLayout layoutOrNull(Interface iface, Abi abi) {
		try {
			return layout(iface, abi);
		} catch (LayoutException e) {
			return null;
		}
	}
}
