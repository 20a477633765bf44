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
import static org.ddistudio.model.tests.ModelBuilder.opaque;
import static org.ddistudio.model.tests.ModelBuilder.proxy;
import static org.ddistudio.model.tests.ModelBuilder.ptr;
import static org.ddistudio.model.tests.ModelBuilder.ref;
import static org.ddistudio.model.tests.ModelBuilder.routine;
import static org.ddistudio.model.tests.ModelBuilder.struct;
import static org.ddistudio.model.tests.ModelBuilder.typedef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.OpaqueType;
import org.ddistudio.model.Routine;
import org.ddistudio.model.StructType;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.TypedefType;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.layout.SizeAndAlignment;
import org.ddistudio.model.layout.TypeLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Declared types (struct, typedef, opaque) and the errors of the layout calculator. */
class TypeLayoutsTest {

	private static SizeAndAlignment sa(long size, int alignment) {
		return new SizeAndAlignment(size, alignment);
	}

	private static SizeAndAlignment byAbi(Abi abi, SizeAndAlignment x64, SizeAndAlignment x86) {
		return abi == Abi.X64 ? x64 : x86;
	}

	/** struct { UCHAR Kind; ULONG64 Stamp; USHORT Id; }: 8-byte alignment on x86 as well. */
	static StructType stamped() {
		return struct("STAMPED", field("Kind", BaseType.UCHAR), field("Stamp", BaseType.ULONG64), field("Id", BaseType.USHORT));
	}

	/** struct { ULONG Count; PVOID Buffer; }. */
	static StructType buffer() {
		return struct("BUFFER", field("Count", BaseType.ULONG), field("Buffer", BaseType.PVOID));
	}

	// ------------------------------------------------------------------ structs

	@ParameterizedTest
	@EnumSource(Abi.class)
	void structWithTailPadding(Abi abi) throws LayoutException {
		// Kind@0, Stamp@8, Id@16, 6 bytes of tail padding on both ABIs
		assertEquals(sa(24, 8), TypeLayouts.ofDeclaration(stamped(), abi));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void smallStructsKeepTheirOwnAlignment(Abi abi) throws LayoutException {
		assertEquals(sa(4, 2), TypeLayouts.ofDeclaration(struct("S", field("a", BaseType.UCHAR), field("b", BaseType.USHORT)), abi));
		assertEquals(sa(3, 1), TypeLayouts.ofDeclaration(struct("C3", array("c", ref(BaseType.CHAR), 3)), abi));
		assertEquals(sa(20, 4), TypeLayouts.ofDeclaration(struct("G", field("Id", BaseType.GUID), field("f", BaseType.BOOLEAN)), abi));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void pointerMembersFollowTheAbi(Abi abi) throws LayoutException {
		assertEquals(byAbi(abi, sa(16, 8), sa(8, 4)), TypeLayouts.ofDeclaration(buffer(), abi));
		StructType named = struct("NAMED", field("Name", BaseType.UNICODE_STRING), field("Valid", BaseType.BOOLEAN));
		assertEquals(byAbi(abi, sa(24, 8), sa(12, 4)), TypeLayouts.ofDeclaration(named, abi));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void structNestedByValue(Abi abi) throws LayoutException {
		// Flag@0, Inner@8/@4, Tail@24/@12
		StructType outer = struct("OUTER", field("Flag", BaseType.UCHAR), field("Inner", ref(buffer())), field("Tail", BaseType.UCHAR));
		assertEquals(byAbi(abi, sa(32, 8), sa(16, 4)), TypeLayouts.ofDeclaration(outer, abi));
		// the nested struct's 8-byte alignment propagates on x86 too: Flag@0, Inner@8
		StructType withStamp = struct("W", field("Flag", BaseType.UCHAR), field("Inner", ref(stamped())));
		assertEquals(sa(32, 8), TypeLayouts.ofDeclaration(withStamp, abi));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void arrayOfStructs(Abi abi) throws LayoutException {
		StructType items = struct("ITEMS", field("a", BaseType.UCHAR), array("Items", ref(buffer()), 3));
		assertEquals(byAbi(abi, sa(56, 8), sa(28, 4)), TypeLayouts.ofDeclaration(items, abi));
		Field f = array("Items", ref(buffer()), 3);
		assertEquals(byAbi(abi, sa(48, 8), sa(24, 4)), TypeLayouts.ofField(f, abi));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void structAsInterfaceMember(Abi abi) throws LayoutException {
		StructType outer = struct("OUTER", field("Flag", BaseType.UCHAR), field("Inner", ref(buffer())), field("Tail", BaseType.UCHAR));
		Field flag = field("Flag", BaseType.UCHAR);
		Field o = field("Outer", ref(outer));
		InterfaceLayout layout = InterfaceLayout.compute(iface("I", flag, o), abi);
		assertEquals(abi == Abi.X64 ? 40 : 20, layout.slotOf(o).offset());
		assertEquals(abi == Abi.X64 ? 32 : 16, layout.slotOf(o).size());
		assertEquals(abi == Abi.X64 ? 72 : 36, layout.size());

		// an 8-aligned struct moves the member and the struct's size on x86: Flag@16, Stamped@24, 48 bytes
		Field s = field("Stamped", ref(stamped()));
		InterfaceLayout stampedLayout = InterfaceLayout.compute(iface("J", field("Flag", BaseType.UCHAR), s), abi);
		assertEquals(abi == Abi.X64 ? 40 : 24, stampedLayout.slotOf(s).offset());
		assertEquals(abi == Abi.X64 ? 64 : 48, stampedLayout.size());
		assertEquals(8, stampedLayout.alignment());
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void selfReferenceThroughAPointerIsFine(Abi abi) throws LayoutException {
		// struct LIST_ENTRY { LIST_ENTRY* Flink; LIST_ENTRY* Blink; }
		StructType entry = struct("LIST_ENTRY");
		entry.getFields().add(field("Flink", ptr(entry, 1)));
		entry.getFields().add(field("Blink", ptr(entry, 1)));
		assertEquals(byAbi(abi, sa(16, 8), sa(8, 4)), TypeLayouts.ofDeclaration(entry, abi));
		// and through a pointer typedef: typedef NODE* PNODE; struct NODE { PNODE Next; ULONG Value; }
		StructType node = struct("NODE");
		TypedefType pnode = typedef("PNODE", ptr(node, 1));
		node.getFields().add(field("Next", ref(pnode)));
		node.getFields().add(field("Value", BaseType.ULONG));
		assertEquals(byAbi(abi, sa(16, 8), sa(8, 4)), TypeLayouts.ofDeclaration(node, abi));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void sameStructTwiceIsNotACycle(Abi abi) throws LayoutException {
		StructType inner = buffer();
		StructType twice = struct("TWICE", field("A", ref(inner)), field("B", ref(inner)));
		assertEquals(byAbi(abi, sa(32, 8), sa(16, 4)), TypeLayouts.ofDeclaration(twice, abi));
	}

	// ------------------------------------------------------------------ typedefs

	@ParameterizedTest
	@EnumSource(Abi.class)
	void typedefs(Abi abi) throws LayoutException {
		StructType buffer = buffer();
		TypedefType pbuffer = typedef("PBUFFER", ptr(buffer, 1));
		TypedefType alias = typedef("BUFFER_ALIAS", ref(buffer));
		TypedefType ppbuffer = typedef("PPBUFFER", ptr(pbuffer, 1));
		TypedefType stamp = typedef("STAMP", ref(BaseType.ULONG64));
		TypedefType stamp2 = typedef("STAMP2", ref(stamp));
		assertEquals(byAbi(abi, sa(8, 8), sa(4, 4)), TypeLayouts.ofDeclaration(pbuffer, abi));
		assertEquals(byAbi(abi, sa(16, 8), sa(8, 4)), TypeLayouts.ofDeclaration(alias, abi));
		assertEquals(byAbi(abi, sa(8, 8), sa(4, 4)), TypeLayouts.ofDeclaration(ppbuffer, abi));
		assertEquals(sa(8, 8), TypeLayouts.ofDeclaration(stamp2, abi));
		// a pointer to a typedef is a pointer, whatever the typedef names
		assertEquals(byAbi(abi, sa(8, 8), sa(4, 4)), TypeLayouts.of(ptr(alias, 1), abi));

		Field p = field("Buffer", ref(pbuffer));
		InterfaceLayout layout = InterfaceLayout.compute(iface("I", field("Flag", BaseType.UCHAR), p), abi);
		assertEquals(abi == Abi.X64 ? 40 : 20, layout.slotOf(p).offset());
		assertEquals(abi == Abi.X64 ? 48 : 24, layout.size());
	}

	// ------------------------------------------------------------------ opaque types

	@Test
	void opaqueWithX86Override() throws LayoutException {
		// KEVENT: DISPATCHER_HEADER is 24 bytes on x64, 16 on x86
		OpaqueType kevent = opaque("KEVENT", 24, 8, 16, 4);
		assertEquals(sa(24, 8), TypeLayouts.ofDeclaration(kevent, Abi.X64));
		assertEquals(sa(16, 4), TypeLayouts.ofDeclaration(kevent, Abi.X86));
		Field e = field("Event", ref(kevent));
		Interface iface = iface("I", field("Flag", BaseType.UCHAR), e);
		assertEquals(40, InterfaceLayout.compute(iface, Abi.X64).slotOf(e).offset());
		assertEquals(64, InterfaceLayout.compute(iface, Abi.X64).size());
		assertEquals(20, InterfaceLayout.compute(iface, Abi.X86).slotOf(e).offset());
		assertEquals(36, InterfaceLayout.compute(iface, Abi.X86).size());
		assertEquals(sa(32, 4), TypeLayouts.ofField(array("Events", ref(kevent), 2), Abi.X86));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void opaqueWithoutOverrideIsTheSameOnBothAbis(Abi abi) throws LayoutException {
		OpaqueType blob = opaque("BLOB", 12, 4);
		assertEquals(sa(12, 4), TypeLayouts.ofDeclaration(blob, abi));
		assertEquals(sa(12, 4), TypeLayouts.of(ref(typedef("BLOB_T", ref(blob))), abi));
		assertEquals(byAbi(abi, sa(8, 8), sa(4, 4)), TypeLayouts.of(ptr(blob, 1), abi));
	}

	// ------------------------------------------------------------------ errors

	@ParameterizedTest
	@EnumSource(Abi.class)
	void voidByValueIsAnErrorAtItsUse(Abi abi) {
		Field v = field("Nothing", BaseType.VOID);
		LayoutException e = assertThrows(LayoutException.class, () -> InterfaceLayout.compute(iface("I", v), abi));
		assertSame(v.getType(), e.element());
		assertTrue(e.getMessage().contains("VOID"), e.getMessage());

		Field inStruct = field("Nothing", BaseType.VOID);
		StructType s = struct("S", field("a", BaseType.ULONG), inStruct);
		e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(s, abi));
		assertSame(inStruct.getType(), e.element());
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void voidReturnAndVoidPointerAreFine(Abi abi) throws LayoutException {
		Routine r = routine("Reset");
		r.setReturnType(ref(BaseType.VOID));
		Field p = field("Data", ptr(BaseType.VOID, 1));
		assertEquals(abi == Abi.X64 ? 48 : 24, InterfaceLayout.compute(iface("I", r, p), abi).size());
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void structContainingItselfByValue(Abi abi) {
		StructType s = struct("SELF", field("a", BaseType.ULONG));
		Field self = field("Self", ref(s));
		s.getFields().add(self);
		LayoutException e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(s, abi));
		assertSame(self.getType(), e.element(), "reported at the self-containing use");
		assertTrue(e.getMessage().contains("SELF"), e.getMessage());

		// the same when reached from an interface member
		Field member = field("Member", ref(s));
		e = assertThrows(LayoutException.class, () -> InterfaceLayout.compute(iface("I", member), abi));
		assertSame(self.getType(), e.element());
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void structContainingItselfThroughAnArrayOrAnotherStruct(Abi abi) {
		StructType s = struct("ARR_SELF");
		Field self = array("Items", ref(s), 2);
		s.getFields().add(self);
		LayoutException e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(s, abi));
		assertSame(self.getType(), e.element());

		StructType a = struct("A");
		StructType b = struct("B");
		Field bInA = field("b", ref(b));
		Field aInB = field("a", ref(a));
		a.getFields().add(bInA);
		b.getFields().add(aInB);
		e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(a, abi));
		assertSame(aInB.getType(), e.element());
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void typedefCycleTerminates(Abi abi) {
		TypedefType t1 = typedef("T1", null);
		TypedefType t2 = typedef("T2", ref(t1));
		t1.setType(ref(t2));
		LayoutException e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(t1, abi));
		assertSame(t2.getType(), e.element());
		assertThrows(LayoutException.class, () -> InterfaceLayout.compute(iface("I", field("x", ref(t2))), abi));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void unresolvedTypeProxy(Abi abi) {
		TypeRef unknown = ref(proxy(ModelBuilder.F.createStructType(), "//FOO"));
		Field f = field("Foo", unknown);
		LayoutException e = assertThrows(LayoutException.class, () -> InterfaceLayout.compute(iface("I", f), abi));
		assertSame(unknown, e.element());

		TypeRef inStruct = ref(proxy(ModelBuilder.F.createOpaqueType(), "//BAR"));
		StructType s = struct("S", field("Bar", inStruct));
		e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(s, abi));
		assertSame(inStruct, e.element());
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void pointerToAnUnresolvedTypeIsStillAPointer(Abi abi) throws LayoutException {
		TypeRef unknown = ptr(proxy(ModelBuilder.F.createStructType(), "//FOO"), 1);
		assertEquals(abi.pointerSize(), TypeLayouts.of(unknown, abi).size());
	}

	/** A field whose type is missing (the parser recovering from a syntax error) names the field. */
	@ParameterizedTest
	@EnumSource(Abi.class)
	void missingTypeIsReportedAtTheField(Abi abi) {
		Field noType = field("Broken", (TypeRef) null);
		LayoutException e = assertThrows(LayoutException.class, () -> InterfaceLayout.compute(iface("I", noType), abi));
		assertSame(noType, e.element());

		Field inStruct = field("Broken", (TypeRef) null);
		StructType s = struct("S", inStruct);
		e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(s, abi));
		assertSame(inStruct, e.element());

		TypedefType t = typedef("T", null);
		e = assertThrows(LayoutException.class, () -> TypeLayouts.ofDeclaration(t, abi));
		assertSame(t, e.element());
	}
}
