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

import java.util.List;

import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18, limits: sizes INTERFACE.Size cannot express (DDI114), names the generated C cannot use
 * (DDI012), and DDI112's message for an alignment that is a power of two but too large. Each shape
 * validated clean before (or, for DDI112, was called "not a power of two").
 */
class Issue18SizeAndNameRulesTest {

	private static final String GUID = "{E0B27630-5434-11D3-B890-00C04FAD5171}";

	private static List<Issue> issues(String text) {
		return TestWorkspace.of(text).issues();
	}

	private static Issue only(String text, DdiRule rule) {
		List<Issue> issues = issues(text);
		assertEquals(List.of(rule.code()), issues.stream().map(DdiRule::codeOf).toList(), issues.toString());
		return issues.get(0);
	}

	/** The issue's 17 GB interface: 8 structs of 2 GiB each; the struct is too large on its own. */
	@Test
	void anInterfaceOfSeventeenGigabytesIsReported() {
		List<Issue> issues = issues("struct HUGE { UCHAR Data[0x7FFFFFFF]; }\ninterface BIG { guid " + GUID + " version 1 HUGE Parts[8]; }");
		assertEquals(List.of("DDI114", "DDI114"), issues.stream().map(DdiRule::codeOf).toList(), issues.toString());
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().startsWith(
				"struct 'HUGE' is 2,147,483,647 bytes on x64 and 2,147,483,647 bytes on x86: INTERFACE.Size is a USHORT")), issues.toString());
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().startsWith(
				"interface 'BIG' is 17,179,869,208 bytes on x64 and 17,179,869,192 bytes on x86")), issues.toString());
	}

	@Test
	void aSeventeenGigabyteInterfaceAloneIsReportedOnItsName() {
		List<Issue> issues = issues("interface BIG {\n guid " + GUID + "\n version 1\n UCHAR Data[0x7FFFFFFF];\n UCHAR More[0x7FFFFFFF];\n"
				+ " UCHAR Rest[0x7FFFFFFF]; }");
		assertEquals(List.of("DDI114"), issues.stream().map(DdiRule::codeOf).toList(), issues.toString());
		assertEquals(1, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("'BIG' is 6,442,450,976 bytes on x64 and 6,442,450,960 bytes on x86"),
				issues.get(0).getMessage());
	}

	/** Pointers are 8 bytes on x64 and 4 on x86: an interface may exceed the limit on one ABI only. */
	@Test
	void theLimitHoldsOnEitherAbi() {
		Issue issue = only("interface WIDE { guid " + GUID + " version 1 PVOID Slots[8190]; }", DdiRule.TOO_LARGE_FOR_INTERFACE_SIZE);
		assertTrue(issue.getMessage().contains("'WIDE' is 65,552 bytes on x64:"), issue.getMessage());
		assertTrue(issues("interface WIDE { guid " + GUID + " version 1 PVOID Slots[8187]; }").isEmpty());
		assertTrue(issues("struct EXACT { UCHAR Data[65535]; }").isEmpty(), "65,535 bytes is the largest size that fits");
		only("struct OVER { UCHAR Data[65536]; }", DdiRule.TOO_LARGE_FOR_INTERFACE_SIZE);
	}

	/** Nested arrays beyond any C object are a layout error, not a size that wrapped round to a negative number. */
	@Test
	void sizesBeyondAnyObjectAreALayoutError() {
		List<Issue> issues = issues("struct A { UCHAR D[0x7FFFFFFF]; }\nstruct B { A D[0x7FFFFFFF]; }\nstruct C { B D[0x7FFFFFFF]; }");
		assertEquals(List.of("DDI114", "DDI108", "DDI108"), issues.stream().map(DdiRule::codeOf).toList(), issues.toString());
		assertTrue(issues.get(1).getMessage().contains("'D' is larger than any C object can be"), issues.toString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"interface int|interface int { guid " + GUID + " version 1 }|1|is a C keyword",
			"a field named return|struct S { ULONG return; }|1|is a C keyword",
			"a parameter named __int64|interface I { guid " + GUID + " version 1 VOID R(_In_ PVOID Context, _In_ ULONG __int64); }|1|is a C keyword",
			"an interface named INTERFACE|interface INTERFACE { guid " + GUID + " version 1 }|1|already a type or macro of the WDK headers",
			"a typedef named DEVICE_OBJECT|typedef PVOID DEVICE_OBJECT;|1|already a type or macro of the WDK headers",
			"a routine named TRUE|interface I { guid " + GUID + " version 1 VOID TRUE(_In_ PVOID Context); }|1|already a type or macro" })
	void namesTheGeneratedCCannotUse(String what, String text, int line, String expected) {
		Issue issue = only(text, DdiRule.RESERVED_C_NAME);
		assertTrue(issue.getMessage().contains(expected), what + ": " + issue.getMessage());
		assertEquals(line, issue.getLineNumber());
	}

	@Test
	void namesThatOnlyLookLikeKeywordsAreFine() {
		assertTrue(issues("struct S { ULONG Return; ULONG integer; ULONG Interfaces; }\ntypedef PVOID PDMA_ADAPTER;").isEmpty());
	}

	@Test
	void anAlignmentAboveAPageIsNotCalledOddNumbered() {
		Issue issue = only("opaque O size 65536 align 65536", DdiRule.INVALID_OPAQUE_TYPE);
		assertEquals("alignment 65536 is above 4096, the largest alignment an opaque type may have (a page)", issue.getMessage());
		assertEquals("alignment 3 is not a power of two", only("opaque O size 12 align 3", DdiRule.INVALID_OPAQUE_TYPE).getMessage());
	}
}
