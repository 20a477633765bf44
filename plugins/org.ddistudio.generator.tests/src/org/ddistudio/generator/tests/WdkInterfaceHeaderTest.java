/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.generator.HeaderLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: what the WDK declares ({@code declared-in <wdm.h>} in examples/wdk) is included and its
 * layout asserted, never redefined; routine role types carry NTAPI and _Function_class_.
 */
class WdkInterfaceHeaderTest {

	private static String header;

	@BeforeAll
	static void generate() {
		header = Generated.of(Models.example("wdk"), HeaderLayout.PER_FILE).file("system-interfaces.h");
	}

	private static void assertContains(String expected) {
		assertTrue(header.contains(expected), () -> "missing:\n" + expected + "\n--- in:\n" + header);
	}

	@Test
	void wdkStructsAndTypesAreNotRedefined() {
		assertContains("#include <wdm.h>\n");
		assertFalse(header.contains("struct _BUS_INTERFACE_STANDARD"), header);
		assertFalse(header.contains("struct _ACPI_INTERFACE_STANDARD2"), header);
		assertFalse(header.contains("PDMA_ADAPTER;"), header);
		assertFalse(header.contains("typedef ULONG KINTERRUPT_MODE"), header);
		assertFalse(header.contains("DEFINE_GUID(GUID_BUS_INTERFACE_STANDARD"), header);
		assertContains("EXTERN_C CONST GUID GUID_BUS_INTERFACE_STANDARD;\n");
		assertContains("#ifndef BUS_INTERFACE_STANDARD_VERSION\n#define BUS_INTERFACE_STANDARD_VERSION 1\n#endif\n"
				+ "C_ASSERT(BUS_INTERFACE_STANDARD_VERSION == 1);\n");
		// Not in mingw-w64's wdm.h: still generated.
		assertContains("typedef struct _DEVICE_RESET_INTERFACE_STANDARD {");
	}

	@Test
	void sizeAndEveryOffsetAreAssertedAgainstTheWdkStructPerAbi() {
		assertContains("#if defined(_WIN64)\nC_ASSERT(sizeof(BUS_INTERFACE_STANDARD) == 64);\n"
				+ "C_ASSERT(FIELD_OFFSET(BUS_INTERFACE_STANDARD, Size) == 0);\n"
				+ "C_ASSERT(FIELD_OFFSET(BUS_INTERFACE_STANDARD, Version) == 2);\n"
				+ "C_ASSERT(FIELD_OFFSET(BUS_INTERFACE_STANDARD, Context) == 8);\n");
		assertContains("C_ASSERT(FIELD_OFFSET(BUS_INTERFACE_STANDARD, GetBusData) == 56);\n#elif defined(_X86_)\n"
				+ "C_ASSERT(sizeof(BUS_INTERFACE_STANDARD) == 32);\n");
		assertContains("C_ASSERT(FIELD_OFFSET(BUS_INTERFACE_STANDARD, GetBusData) == 28);\n#endif\n");
		assertContains("C_ASSERT(sizeof(KINTERRUPT_MODE) == 4);\n");
	}

	@Test
	void routineRoleTypesAreNtapiWithTheirFunctionClass() {
		assertContains("#ifndef _Function_class_\n#define _Function_class_(name)\n#endif\n");
		assertContains("typedef _Function_class_(BUS_INTERFACE_STANDARD_GET_BUS_DATA)\nULONG NTAPI BUS_INTERFACE_STANDARD_GET_BUS_DATA(\n");
		assertContains("typedef _Function_class_(DEVICE_RESET_INTERFACE_STANDARD_DEVICE_RESET)\n"
				+ "NTSTATUS NTAPI DEVICE_RESET_INTERFACE_STANDARD_DEVICE_RESET(\n");
	}
}
