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

import java.util.HashMap;
import java.util.Map;

import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.SizeAndAlignment;

/**
 * The layouts of declarations computed so far in one validation run, by ABI: every field of a chain
 * of ten thousand structs is laid out, and with them remembered the chain is walked once, not once
 * per struct. The model does not change during a run, and the map lives in the run's context.
 */
final class KnownLayouts {

	private KnownLayouts() {
	}

	@SuppressWarnings("unchecked")
	static Map<TypeDeclaration, SizeAndAlignment> in(Map<Object, Object> validationContext, Abi abi) {
		return (Map<TypeDeclaration, SizeAndAlignment>) validationContext.computeIfAbsent(KnownLayouts.class.getName() + "." + abi,
				key -> new HashMap<>());
	}
}
