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

import static org.ddistudio.model.tests.ModelBuilder.array;
import static org.ddistudio.model.tests.ModelBuilder.field;
import static org.ddistudio.model.tests.ModelBuilder.iface;
import static org.ddistudio.model.tests.ModelBuilder.ptr;
import static org.ddistudio.model.tests.ModelBuilder.ref;
import static org.ddistudio.model.tests.ModelBuilder.routine;
import static org.ddistudio.model.tests.ModelBuilder.toaster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.InterfaceLayout.Slot;
import org.ddistudio.model.layout.LayoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interface struct layouts against what MSVC produces for the same C declaration: the INTERFACE
 * header (USHORT Size; USHORT Version; PVOID Context; PINTERFACE_REFERENCE; PINTERFACE_DEREFERENCE)
 * followed by the members with natural alignment, the struct padded to its largest alignment.
 */
class InterfaceLayoutTest {

	// ------------------------------------------------------------------ header

	@ParameterizedTest(name = "{0} {1} at {2}, {3} bytes")
	@CsvSource(textBlock = """
			X64, Size,                  0, 2
			X64, Version,               2, 2
			X64, Context,               8, 8
			X64, InterfaceReference,   16, 8
			X64, InterfaceDereference, 24, 8
			X86, Size,                  0, 2
			X86, Version,               2, 2
			X86, Context,               4, 4
			X86, InterfaceReference,    8, 4
			X86, InterfaceDereference, 12, 4
			""")
	void headerMember(Abi abi, String name, long offset, long size) throws LayoutException {
		InterfaceLayout layout = InterfaceLayout.compute(iface("EMPTY"), abi);
		Slot slot = layout.slots().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
		assertEquals(offset, slot.offset(), "offsetof " + name);
		assertEquals(size, slot.size(), "sizeof " + name);
		assertNull(slot.member(), "header slots have no model member");
	}

	@ParameterizedTest(name = "{0}: header {1} bytes, aligned {2}")
	@CsvSource(textBlock = """
			X64, 32, 8
			X86, 16, 4
			""")
	void headerOnlyInterface(Abi abi, long size, int alignment) throws LayoutException {
		InterfaceLayout layout = InterfaceLayout.compute(iface("EMPTY"), abi);
		assertEquals(size, InterfaceLayout.headerSize(abi));
		assertEquals(size, layout.size());
		assertEquals(alignment, layout.alignment());
		assertEquals(InterfaceLayout.HEADER_SLOTS, layout.slots().size());
		assertEquals(List.of("Size", "Version", "Context", "InterfaceReference", "InterfaceDereference"),
				layout.slots().stream().map(Slot::name).toList());
	}

	// ------------------------------------------------------------------ the toaster interface

	@ParameterizedTest(name = "{0}: sizeof = {1}, routines at {2} {3} {4}")
	@CsvSource(textBlock = """
			X64, 56, 32, 40, 48
			X86, 28, 16, 20, 24
			""")
	void toasterInterfaceStandard(Abi abi, long size, long get, long set, long lock) throws LayoutException {
		Interface toaster = toaster();
		InterfaceLayout layout = InterfaceLayout.compute(toaster, abi);
		assertEquals(size, layout.size());
		assertEquals(abi.pointerSize(), layout.alignment());
		assertEquals(InterfaceLayout.HEADER_SLOTS + 3, layout.slots().size());
		long[] offsets = { get, set, lock };
		for (int i = 0; i < 3; i++) {
			Member routine = toaster.getMembers().get(i);
			Slot slot = layout.slotOf(routine);
			assertSame(routine, slot.member());
			assertEquals(routine.getName(), slot.name());
			assertEquals(offsets[i], slot.offset(), "offsetof " + routine.getName());
			assertEquals(abi.pointerSize(), slot.size(), "a routine is a function pointer");
		}
		assertEquals(size, layout.slots().getLast().end());
		assertSame(toaster, layout.interfaceDecl());
		assertSame(abi, layout.abi());
	}

	@Test
	void slotOfAMemberOfAnotherInterfaceIsNull() throws LayoutException {
		InterfaceLayout layout = InterfaceLayout.compute(toaster(), Abi.X64);
		assertNull(layout.slotOf(routine("Elsewhere")));
	}

	// ------------------------------------------------------------------ padding, arrays, pointers

	/**
	 * Members after the header; "T[n]" is an array, "T*" a pointer. Expected offsets and sizes are what
	 * MSVC's offsetof/sizeof give for the C struct on each target.
	 */
	@ParameterizedTest(name = "[{0}] x64 {1} size {2} align {3}; x86 {4} size {5} align {6}")
	@CsvSource(delimiter = '|', textBlock = """
			UCHAR ULONG64 USHORT      | 32 40 48 | 56 | 8 | 16 24 32 | 40 | 8
			UCHAR ULONG USHORT        | 32 36 40 | 48 | 8 | 16 20 24 | 28 | 4
			ULONG                     | 32       | 40 | 8 | 16       | 20 | 4
			LONGLONG                  | 32       | 40 | 8 | 16       | 24 | 8
			USHORT USHORT ULONG       | 32 34 36 | 40 | 8 | 16 18 20 | 24 | 4
			BOOLEAN PVOID             | 32 40    | 48 | 8 | 16 20    | 24 | 4
			BOOLEAN HANDLE BOOLEAN    | 32 40 48 | 56 | 8 | 16 20 24 | 28 | 4
			UCHAR SIZE_T              | 32 40    | 48 | 8 | 16 20    | 24 | 4
			KIRQL LARGE_INTEGER       | 32 40    | 48 | 8 | 16 24    | 32 | 8
			UCHAR PHYSICAL_ADDRESS    | 32 40    | 48 | 8 | 16 24    | 32 | 8
			UCHAR GUID                | 32 36    | 56 | 8 | 16 20    | 36 | 4
			UCHAR UNICODE_STRING      | 32 40    | 56 | 8 | 16 20    | 28 | 4
			UCHAR UCHAR*              | 32 40    | 48 | 8 | 16 20    | 24 | 4
			UCHAR ULONG64*            | 32 40    | 48 | 8 | 16 20    | 24 | 4
			UCHAR VOID*               | 32 40    | 48 | 8 | 16 20    | 24 | 4
			UCHAR GUID**              | 32 40    | 48 | 8 | 16 20    | 24 | 4
			UCHAR[3] ULONG            | 32 36    | 40 | 8 | 16 20    | 24 | 4
			UCHAR[7] UCHAR            | 32 39    | 40 | 8 | 16 23    | 24 | 4
			UCHAR ULONG[3]            | 32 36    | 48 | 8 | 16 20    | 32 | 4
			WCHAR[5] ULONG64          | 32 48    | 56 | 8 | 16 32    | 40 | 8
			GUID[2] UCHAR             | 32 64    | 72 | 8 | 16 48    | 52 | 4
			UCHAR PVOID[2] UCHAR      | 32 40 56 | 64 | 8 | 16 20 28 | 32 | 4
			""")
	void membersAfterTheHeader(String members, String x64Offsets, long x64Size, int x64Align,
			String x86Offsets, long x86Size, int x86Align) throws LayoutException {
		Interface iface = iface("MIXED");
		String[] specs = members.trim().split("\\s+");
		for (int i = 0; i < specs.length; i++) {
			iface.getMembers().add(member("M" + i, specs[i]));
		}
		assertLayout(iface, Abi.X64, x64Offsets, x64Size, x64Align);
		assertLayout(iface, Abi.X86, x86Offsets, x86Size, x86Align);
	}

	private static void assertLayout(Interface iface, Abi abi, String offsets, long size, int alignment) throws LayoutException {
		InterfaceLayout layout = InterfaceLayout.compute(iface, abi);
		List<Long> actual = layout.slots().subList(InterfaceLayout.HEADER_SLOTS, layout.slots().size()).stream()
				.map(Slot::offset).toList();
		List<Long> expected = Arrays.stream(offsets.trim().split("\\s+")).map(Long::valueOf).toList();
		assertEquals(expected, actual, abi.label() + " offsets");
		assertEquals(size, layout.size(), abi.label() + " sizeof");
		assertEquals(alignment, layout.alignment(), abi.label() + " alignment");
	}

	/** "ULONG", "UCHAR[3]", "GUID**". */
	private static Field member(String name, String spec) {
		int pointers = spec.length() - spec.replace("*", "").length();
		String rest = spec.replace("*", "");
		int length = 0;
		int bracket = rest.indexOf('[');
		if (bracket >= 0) {
			length = Integer.parseInt(rest.substring(bracket + 1, rest.indexOf(']')));
			rest = rest.substring(0, bracket);
		}
		BaseType base = BaseType.get(rest);
		if (base == null) {
			throw new IllegalArgumentException("not a base type: " + rest);
		}
		TypeRef type = ptr(base, pointers);
		return length > 0 ? array(name, type, length) : field(name, type);
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void arraySlotSpansAllElements(Abi abi) throws LayoutException {
		Field names = array("Names", ref(BaseType.UNICODE_STRING), 3);
		InterfaceLayout layout = InterfaceLayout.compute(iface("ARR", names), abi);
		assertEquals(abi == Abi.X64 ? 48 : 24, layout.slotOf(names).size());
	}

	@Test
	void consumerSuppliedRoutineIsStillAFunctionPointer() throws LayoutException {
		var callback = routine("Notify");
		callback.setConsumerSupplied(true);
		callback.setReturnType(ref(BaseType.VOID));
		Interface iface = iface("TWO_WAY", field("Flag", BaseType.UCHAR), callback);
		iface.setTwoWay(true);
		assertEquals(40, InterfaceLayout.compute(iface, Abi.X64).slotOf(callback).offset());
		assertEquals(20, InterfaceLayout.compute(iface, Abi.X86).slotOf(callback).offset());
	}
}
