/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.header;

import org.ddistudio.model.Interface;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;

/**
 * C_ASSERTs of the sizes (and, for the WDK's own interfaces, the member offsets) DDI Studio computed,
 * per ABI, so that any compiler building the header (MSVC for the driver, mingw-w64's gcc in the
 * tests) rejects a struct whose layout differs from the model's.
 */
final class LayoutAsserts {

	/** A size on one ABI, or a reason it cannot be computed. */
	interface SizeOf {
		long on(Abi abi) throws LayoutException;
	}

	private LayoutAsserts() {
	}

	/**
	 * The size and every member offset of an interface the WDK declares: the model's layout is checked
	 * against the WDK's struct, member by member (the header's members are spelled out there).
	 */
	static void appendInterface(StringBuilder out, Interface iface) {
		InterfaceLayout x64;
		InterfaceLayout x86;
		try {
			x64 = InterfaceLayout.compute(iface, Abi.X64);
			x86 = InterfaceLayout.compute(iface, Abi.X86);
		} catch (LayoutException e) {
			return;
		}
		String name = iface.getName();
		out.append("#if defined(_WIN64)\n");
		appendAll(out, name, x64);
		out.append("#elif defined(_X86_)\n");
		appendAll(out, name, x86);
		out.append("#endif\n\n");
	}

	private static void appendAll(StringBuilder out, String name, InterfaceLayout layout) {
		out.append("C_ASSERT(sizeof(").append(name).append(") == ").append(layout.size()).append(");\n");
		for (InterfaceLayout.Slot slot : layout.slots()) {
			out.append("C_ASSERT(FIELD_OFFSET(").append(name).append(", ").append(slot.name()).append(") == ").append(slot.offset())
					.append(");\n");
		}
	}

	static void append(StringBuilder out, String typeName, SizeOf size) {
		long x64;
		long x86;
		try {
			x64 = size.on(Abi.X64);
			x86 = size.on(Abi.X86);
		} catch (LayoutException e) {
			// The validator reports layouts it cannot compute; the header is then left without the check.
			return;
		}
		out.append("#if defined(_WIN64)\n");
		out.append("C_ASSERT(sizeof(").append(typeName).append(") == ").append(x64).append(");\n");
		out.append("#elif defined(_X86_)\n");
		out.append("C_ASSERT(sizeof(").append(typeName).append(") == ").append(x86).append(");\n");
		out.append("#endif\n\n");
	}
}
