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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Interface;
import org.ddistudio.model.StructType;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.layout.TypeLayouts;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * DDI114: INTERFACE.Size is a USHORT. A producer writes sizeof its interface struct there and a
 * consumer asks for a size (WDF_QUERY_INTERFACE_CONFIG, IRP_MN_QUERY_INTERFACE's Size), so neither can
 * describe an interface above 65,535 bytes; an array that made one 17 GB validated clean and the
 * generated header asserted a negative sizeof. A struct that large cannot be part of an interface either.
 */
public class SizeLimitValidator extends DdiRuleValidator {

	/** The largest value of a USHORT, the type of INTERFACE.Size. */
	static final long MAX_SIZE = 0xFFFF;

	@Check
	public void interfaceSize(Interface iface) {
		if (Interfaces.hasCyclicBase(iface)) {
			return; // DDI106
		}
		report(iface, "interface", abi -> InterfaceLayout.compute(iface, abi).size());
	}

	@Check
	public void structSize(StructType struct) {
		report(struct, "struct", abi -> TypeLayouts.ofDeclaration(struct, abi, KnownLayouts.in(getContext(), abi)).size());
	}

	private interface SizeOn {
		long size(Abi abi) throws LayoutException;
	}

	private void report(EObject type, String what, SizeOn sizeOn) {
		List<String> tooLarge = new ArrayList<>();
		for (Abi abi : Abi.values()) {
			try {
				long size = sizeOn.size(abi);
				if (size > MAX_SIZE) {
					tooLarge.add(String.format(Locale.ROOT, "%,d bytes on %s", size, abi.label()));
				}
			} catch (LayoutException e) {
				return; // DDI003 or DDI108 says why it has no size
			}
		}
		if (!tooLarge.isEmpty()) {
			String name = ((org.ddistudio.model.Declaration) type).getName();
			report(DdiRule.TOO_LARGE_FOR_INTERFACE_SIZE, what + " '" + name + "' is " + String.join(" and ", tooLarge)
					+ ": INTERFACE.Size is a USHORT and holds at most 65,535, so no producer can report this size and no consumer can ask for it",
					type, DdiPackage.Literals.DECLARATION__NAME);
		}
	}
}
