/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.BaseTypeLayout;
import org.ddistudio.model.layout.SizeAndAlignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The WDK base type table against the C definitions (ntdef.h, wdm.h, wdftypes.h) under MSVC natural
 * alignment: x64 is LLP64 (ULONG stays 4 bytes, pointers 8), x86 is ILP32 with 64-bit integers still
 * 8-byte aligned inside structs.
 */
class BaseTypeLayoutTest {

	/** type, x64 size, x64 alignment, x86 size, x86 alignment. */
	static final String TABLE = """
			UCHAR,             1,  1,  1, 1
			CHAR,              1,  1,  1, 1
			BOOLEAN,           1,  1,  1, 1
			UINT8,             1,  1,  1, 1
			INT8,              1,  1,  1, 1
			KIRQL,             1,  1,  1, 1
			USHORT,            2,  2,  2, 2
			SHORT,             2,  2,  2, 2
			WCHAR,             2,  2,  2, 2
			UINT16,            2,  2,  2, 2
			INT16,             2,  2,  2, 2
			ULONG,             4,  4,  4, 4
			LONG,              4,  4,  4, 4
			UINT32,            4,  4,  4, 4
			INT32,             4,  4,  4, 4
			NTSTATUS,          4,  4,  4, 4
			ULONG64,           8,  8,  8, 8
			LONG64,            8,  8,  8, 8
			ULONGLONG,         8,  8,  8, 8
			LONGLONG,          8,  8,  8, 8
			UINT64,            8,  8,  8, 8
			INT64,             8,  8,  8, 8
			LARGE_INTEGER,     8,  8,  8, 8
			ULARGE_INTEGER,    8,  8,  8, 8
			PHYSICAL_ADDRESS,  8,  8,  8, 8
			SIZE_T,            8,  8,  4, 4
			ULONG_PTR,         8,  8,  4, 4
			LONG_PTR,          8,  8,  4, 4
			KSPIN_LOCK,        8,  8,  4, 4
			GUID,             16,  4, 16, 4
			UNICODE_STRING,   16,  8,  8, 4
			PVOID,             8,  8,  4, 4
			HANDLE,            8,  8,  4, 4
			PUCHAR,            8,  8,  4, 4
			PCHAR,             8,  8,  4, 4
			PBOOLEAN,          8,  8,  4, 4
			PUSHORT,           8,  8,  4, 4
			PULONG,            8,  8,  4, 4
			PLONG,             8,  8,  4, 4
			PULONG64,          8,  8,  4, 4
			PLARGE_INTEGER,    8,  8,  4, 4
			PWSTR,             8,  8,  4, 4
			PCWSTR,            8,  8,  4, 4
			PSTR,              8,  8,  4, 4
			PCSTR,             8,  8,  4, 4
			PGUID,             8,  8,  4, 4
			LPGUID,            8,  8,  4, 4
			PUNICODE_STRING,   8,  8,  4, 4
			PCUNICODE_STRING,  8,  8,  4, 4
			PNTSTATUS,         8,  8,  4, 4
			PDEVICE_OBJECT,    8,  8,  4, 4
			PDRIVER_OBJECT,    8,  8,  4, 4
			PIRP,              8,  8,  4, 4
			PMDL,              8,  8,  4, 4
			PINTERFACE,        8,  8,  4, 4
			PINTERFACE_REFERENCE,   8, 8, 4, 4
			PINTERFACE_DEREFERENCE, 8, 8, 4, 4
			WDFDEVICE,         8,  8,  4, 4
			WDFIOTARGET,       8,  8,  4, 4
			WDFOBJECT,         8,  8,  4, 4
			WDFREQUEST,        8,  8,  4, 4
			WDFMEMORY,         8,  8,  4, 4
			WDFQUEUE,          8,  8,  4, 4
			""";

	@ParameterizedTest(name = "{0}: x64 {1}/{2}, x86 {3}/{4}")
	@CsvSource(textBlock = TABLE)
	void sizeAndAlignmentOnBothAbis(BaseType type, long x64Size, int x64Align, long x86Size, int x86Align) {
		assertEquals(new SizeAndAlignment(x64Size, x64Align), BaseTypeLayout.of(type, Abi.X64), "x64");
		assertEquals(new SizeAndAlignment(x86Size, x86Align), BaseTypeLayout.of(type, Abi.X86), "x86");
	}

	@Test
	void voidHasNoSize() {
		assertNull(BaseTypeLayout.of(BaseType.VOID, Abi.X64));
		assertNull(BaseTypeLayout.of(BaseType.VOID, Abi.X86));
	}

	/** A literal added to the BaseType enum must be added to the table above, with its real layout. */
	@Test
	void tableCoversEveryBaseTypeButVoid() {
		Set<String> inTable = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty())
				.map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toCollection(TreeSet::new));
		Set<String> literals = Arrays.stream(BaseType.values()).filter(t -> t != BaseType.VOID).map(BaseType::getName)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(literals, inTable);
	}

	@Test
	void abiPointerSizes() {
		assertEquals(8, Abi.X64.pointerSize());
		assertEquals(4, Abi.X86.pointerSize());
	}

	@ParameterizedTest(name = "align({0}, {1}) = {2}")
	@CsvSource(textBlock = """
			0,  8,  0
			1,  8,  8
			8,  8,  8
			9,  8, 16
			33, 4, 36
			34, 1, 34
			""")
	void alignRoundsUpToAMultiple(long offset, int alignment, long expected) {
		assertEquals(expected, SizeAndAlignment.align(offset, alignment));
	}
}
