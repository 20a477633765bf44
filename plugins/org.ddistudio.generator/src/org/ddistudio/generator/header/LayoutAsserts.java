package org.ddistudio.generator.header;

import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.LayoutException;

/**
 * C_ASSERTs of the sizes DDI Studio computed, per ABI, so that any compiler building the header (MSVC
 * for the driver, gcc with the test shim) rejects a struct whose layout differs from the model's.
 */
final class LayoutAsserts {

	/** A size on one ABI, or a reason it cannot be computed. */
	interface SizeOf {
		long on(Abi abi) throws LayoutException;
	}

	private LayoutAsserts() {
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
