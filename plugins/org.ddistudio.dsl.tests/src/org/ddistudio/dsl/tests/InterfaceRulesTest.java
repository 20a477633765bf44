/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DDI010 and DDI1xx: names, interface identity, members, SAL and layouts. */
class InterfaceRulesTest {

	private static final String G1 = "{11111111-2222-3333-4444-555555555555}";
	private static final String G2 = "{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}";

	private static String iface(String name, String guid, String version, String body) {
		return "interface " + name + " {\n guid " + guid + "\n version " + version + "\n" + body + "\n}\n";
	}

	@ParameterizedTest(name = "§DDI100 malformed GUID {0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"{1111111-2222-3333-4444-555555555555}|group 1 must have 8 hexadecimal digits, it has 7",
			"{11111111-2222-3333-4444-55555555555G}|'G' in group 5 is not a hexadecimal digit",
			"{11111111-2222-3333-444455555555}|5 groups of 8-4-4-4-12 hexadecimal digits, this one has 4" })
	void malformedGuid(String guid, String expected) {
		DdiTestSupport support = DdiTestSupport.of(iface("I", guid, "1", ""));
		Issue issue = support.issue(DdiRule.MALFORMED_GUID);
		assertTrue(issue.getMessage().contains(expected), issue.getMessage());
		assertEquals(2, issue.getLineNumber());
		support.assertCodes(DdiRule.MALFORMED_GUID);
	}

	@Test
	void wellFormedGuidInAnyCaseIsClean() {
		DdiTestSupport.of(iface("I", "{e0b27630-5434-11d3-b890-00c04fad5171}", "1", "")).assertClean();
	}

	@Test
	void oneGuidOnTwoInterfacesWithTheSameVersion() {
		DdiTestSupport.of(iface("A", G1, "1", "") + iface("B", G1.toLowerCase(), "1", ""))
				.assertCodes(DdiRule.DUPLICATE_GUID, DdiRule.DUPLICATE_GUID);
		DdiTestSupport.of(iface("A", G1, "1", "") + iface("B", G2, "1", "")).assertClean();
	}

	@Test
	void oneGuidAcrossFilesIsFoundToo() {
		DdiTestSupport.files(Map.of("a.ddi", "package p\n" + iface("A", G1, "1", ""), "b.ddi", "package q\n" + iface("B", G1, "1", "")))
				.assertCodes(DdiRule.DUPLICATE_GUID, DdiRule.DUPLICATE_GUID);
	}

	@Test
	void newVersionThatChangesAMemberWithoutANewGuid() {
		String v1 = iface("FOO_V1", G1, "1", "ULONG Flags;");
		DdiTestSupport support = DdiTestSupport.of(v1 + iface("FOO_V2", G1, "2", "USHORT Flags;\nULONG More;"));
		assertTrue(support.issue(DdiRule.INCOMPATIBLE_NEW_VERSION).getMessage().contains("changes member 'Flags'"), support.describe());
		support.assertCodes(DdiRule.INCOMPATIBLE_NEW_VERSION);
		DdiTestSupport.of(v1 + iface("FOO_V2", G1, "2", "ULONG Flags;\nULONG64 More;")).assertClean();
	}

	/** Regression (examples/sdca): versions of one GUID dispatched by an exact-version callback may differ in layout. */
	@Test
	void differentLayoutsAreFineWhenEveryProducerDispatchesByExactVersion() {
		String versions = iface("XU_V1", G1, "1", "ULONG A;") + iface("XU_V2", G1, "2", "ULONG64 B;\nULONG A;");
		String exact = "driver F lower-filter KMDF { produce XU_V2 on filter { ImportInterface Interface NULL "
				+ "EvtDeviceProcessQueryInterfaceRequest exact version 1, version 2 } }";
		DdiTestSupport.of(versions + exact).assertClean();
		DdiTestSupport.of(versions + exact.replace("exact version 1, version 2", "accept")).assertCodes(DdiRule.INCOMPATIBLE_NEW_VERSION);
		DdiTestSupport.of(versions).assertCodes(DdiRule.INCOMPATIBLE_NEW_VERSION);
	}

	@Test
	void newVersionThatIsNotLarger() {
		DdiTestSupport support = DdiTestSupport.of(iface("FOO_V1", G1, "1", "ULONG Flags;") + "interface FOO_V2 extends FOO_V1 { version 2 }");
		assertTrue(support.issue(DdiRule.INCOMPATIBLE_NEW_VERSION).getMessage().contains("is not larger on x64"), support.describe());
		support.assertCodes(DdiRule.INCOMPATIBLE_NEW_VERSION);
		DdiTestSupport.of(iface("FOO_V1", G1, "1", "ULONG Flags;") + "interface FOO_V2 extends FOO_V1 { version 2 ULONG64 More; }").assertClean();
		// a ULONG after a ULONG fits into the x64 tail padding: sizeof does not change, so it is no new version
		DdiTestSupport.of(iface("FOO_V1", G1, "1", "ULONG Flags;") + "interface FOO_V2 extends FOO_V1 { version 2 ULONG More; }")
				.assertCodes(DdiRule.INCOMPATIBLE_NEW_VERSION);
	}

	@Test
	void missingGuidAndVersion() {
		DdiTestSupport.of("interface I { }").assertCodes(DdiRule.MISSING_GUID, DdiRule.INVALID_VERSION);
		DdiTestSupport.of(iface("I", G1, "0x10000", "")).assertCodes(DdiRule.INVALID_VERSION);
		DdiTestSupport.of(iface("I", G1, "0xFFFF", "")).assertClean();
	}

	@Test
	void extendingVersionMustIncreaseAndNotCycle() {
		DdiTestSupport.of(iface("V1", G1, "2", "") + "interface V2 extends V1 { version 2 ULONG X; }")
				.assertCodes(DdiRule.VERSION_NOT_INCREASED, DdiRule.DUPLICATE_GUID, DdiRule.DUPLICATE_GUID);
		DdiTestSupport.of("interface A extends B { guid " + G1 + " version 1 }\ninterface B extends A { version 2 }")
				.assertCodes(DdiRule.CYCLIC_EXTENDS, DdiRule.CYCLIC_EXTENDS);
	}

	@Test
	void twoWayAndConsumerMembersMustAgree() {
		DdiTestSupport.of(iface("I", G1, "1", "consumer ULONG CodecId;")).assertCodes(DdiRule.TWO_WAY_MEMBERS);
		DdiTestSupport.of("two-way " + iface("I", G1, "1", "ULONG CodecId;")).assertCodes(DdiRule.TWO_WAY_MEMBERS);
		DdiTestSupport.of("two-way " + iface("I", G1, "1", "consumer ULONG CodecId;")).assertClean();
	}

	@Test
	void layoutProblems() {
		DdiTestSupport.of(iface("I", G1, "1", "VOID Nothing;")).assertCodes(DdiRule.INVALID_LAYOUT);
		DdiTestSupport support = DdiTestSupport.of("struct S { ULONG A; S Again; }");
		assertTrue(support.issue(DdiRule.INVALID_LAYOUT).getMessage().contains("contains itself"), support.describe());
		support.assertCodes(DdiRule.INVALID_LAYOUT);
		DdiTestSupport.of("struct S { ULONG A; S * Next; }").assertClean();
	}

	@Test
	void consumerOnStructField() {
		DdiTestSupport.of("struct S { consumer ULONG A; }").assertCodes(DdiRule.CONSUMER_MEMBER_IN_STRUCT);
	}

	@Test
	void salAnnotations() {
		DdiTestSupport.of(iface("I", G1, "1", "VOID Get(_In_ PVOID Context, _Out_ ULONG Value);")).assertCodes(DdiRule.SAL_MISMATCH);
		DdiTestSupport.of(iface("I", G1, "1", "VOID Get(_In_ PVOID Context, _Out_writes_bytes_ PUCHAR Buffer, _In_ ULONG Length);"))
				.assertCodes(DdiRule.SAL_MISMATCH);
		DdiTestSupport.of(iface("I", G1, "1", "VOID Get(_In_ PVOID Context, _Out_writes_bytes_(Len) PUCHAR Buffer, _In_ ULONG Length);"))
				.assertCodes(DdiRule.SAL_MISMATCH);
		DdiTestSupport.of(iface("I", G1, "1", "VOID Get(_In_ PVOID Context, _In_(Length) ULONG Value, _In_ ULONG Length);"))
				.assertCodes(DdiRule.SAL_MISMATCH);
		DdiTestSupport.of("typedef PULONG PCOUNT\n" + iface("I", G1, "1",
				"VOID Get(_In_ PVOID Context, _Out_writes_bytes_(Length) PUCHAR Buffer, _In_ ULONG Length, _Out_opt_ PCOUNT Count);"))
				.assertClean();
	}

	@Test
	void routineWithoutContextFirst() {
		Issue issue = DdiTestSupport.of(iface("I", G1, "1", "BOOLEAN IsEnabled();")).assertCodes(DdiRule.CONTEXT_PARAMETER)
				.issue(DdiRule.CONTEXT_PARAMETER);
		assertEquals(4, issue.getLineNumber());
	}

	@Test
	void opaqueTypes() {
		DdiTestSupport.of("opaque O size 12 align 3").assertCodes(DdiRule.INVALID_OPAQUE_TYPE);
		DdiTestSupport.of("opaque O size 12 align 8").assertCodes(DdiRule.INVALID_OPAQUE_TYPE);
		DdiTestSupport.of("opaque O size 16 align 8 x86 size 12 align 4").assertClean();
	}

	@Test
	void duplicateNames() {
		DdiTestSupport.of(iface("I", G1, "1", "") + iface("I", G2, "1", "")).assertCodes(DdiRule.DUPLICATE_NAME);
		DdiTestSupport.files(Map.of("a.ddi", "package p\n" + iface("I", G1, "1", ""), "b.ddi", "package p\n" + iface("I", G2, "1", "")))
				.assertCodes(DdiRule.DUPLICATE_NAME, DdiRule.DUPLICATE_NAME);
		DdiTestSupport.files(Map.of("a.ddi", "package p\n" + iface("I", G1, "1", ""), "b.ddi", "package q\n" + iface("I", G2, "1", "")))
				.assertClean();
		DdiTestSupport.of(iface("V1", G1, "1", "ULONG A;") + "interface V2 extends V1 { version 2 ULONG A; }")
				.assertCodes(DdiRule.DUPLICATE_NAME, DdiRule.INCOMPATIBLE_NEW_VERSION);
		DdiTestSupport.of(iface("I", G1, "1", "VOID F(_In_ PVOID Context, _In_ ULONG Context);")).assertCodes(DdiRule.DUPLICATE_NAME);
	}
}
