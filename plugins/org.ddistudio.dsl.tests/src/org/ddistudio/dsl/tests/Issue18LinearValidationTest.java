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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.dsl.testing.synthetic.HostileShapes;
import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, limits: validation near-linear in the size of the model. Before, every version of a GUID
 * was compared with every other, each comparison laying out both interfaces along their whole
 * {@code extends} chain: 2,000 versions of one GUID took 293 s, a chain of 300 took 37 s and one of
 * 1,000 more than 600 s; 10,000 nested devices or structs took seconds per thousand. Each shape
 * here now takes a second or two; the bounds (about ten times that) are there so that a return of
 * the old algorithms fails instead of hanging, not to measure. The findings must be the same as
 * the pairwise comparison's.
 */
class Issue18LinearValidationTest {

	private static final Duration BOUND = Duration.ofSeconds(30);

	private static List<Issue> validate(String text) {
		return assertTimeoutPreemptively(BOUND, () -> TestWorkspace.of(text).issues());
	}

	@Test
	void twoThousandVersionsOfOneGuidDispatchedByExactVersionAreClean() {
		List<Issue> issues = validate(HostileShapes.sharedGuid(2_000));
		assertTrue(issues.isEmpty(), issues.toString());
	}

	@Test
	void anExtendsChainOfAThousandIsClean() {
		List<Issue> issues = validate(HostileShapes.extendsChain(1_000));
		assertTrue(issues.isEmpty(), issues.toString());
	}

	/**
	 * A copy that keeps the GUID but drops the members is incompatible with each of the 1,000 versions:
	 * one finding, naming the first and counting the others (one per pair made a million findings of
	 * 2,000 versions, which took minutes to report and which nobody reads).
	 */
	@Test
	void aVersionIncompatibleWithEveryOtherIsReportedOnceCountingThem() {
		String copy = "interface COPY { guid " + HostileShapes.GUID + " version 5000 ULONG Other; }\n";
		List<Issue> issues = validate(HostileShapes.extendsChain(1_000) + copy);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals("DDI102", DdiRule.codeOf(issues.get(0)));
		assertTrue(issues.get(0).getMessage().contains("changes member 'R1' (position 1) of version 1 ('E1') (and 999 more older versions)"),
				issues.get(0).getMessage());
	}

	/** The issue's 180 KB model: 2,000 interfaces with one GUID and one version, each reported once. */
	@Test
	void twoThousandInterfacesWithOneGuidAndVersionAreReportedOnceEach() {
		StringBuilder text = new StringBuilder("package hostile\n");
		for (int i = 1; i <= 2_000; i++) {
			text.append("interface V").append(i).append(" { guid ").append(HostileShapes.GUID).append(" version 1 VOID R(_In_ PVOID Context); }\n");
		}
		List<Issue> issues = validate(text.toString());
		assertEquals(2_000, issues.size());
		assertTrue(issues.stream().allMatch(i -> DdiRule.codeOf(i).equals("DDI101") && i.getMessage().contains("(and 1,998 more interfaces)")),
				issues.get(0).getMessage());
		assertTrue(issues.get(0).getMessage().contains("is also used by 'V2' (and 1,998 more interfaces) with the same version 1"),
				issues.get(0).getMessage());
	}

	/**
	 * Sixty versions by copy (each the 8-byte fields of the one before and one more, so each is
	 * larger on both ABIs), but version 30 replaces its last field: every newer version changes that
	 * member of version 30, and only of it. The comparison follows clean steps of the line by
	 * transitivity and must still compare directly across the broken one.
	 */
	@Test
	void aBrokenLinkInTheMiddleOfALineIsReportedForItAlone() {
		StringBuilder text = new StringBuilder("package hostile\n");
		for (int version = 1; version <= 60; version++) {
			text.append("interface V").append(version).append(" { guid ").append(HostileShapes.GUID).append(" version ").append(version);
			for (int field = 1; field <= version; field++) {
				text.append(version == 30 && field == 30 ? " ULONG64 G30;" : " ULONG64 F" + field + ";");
			}
			text.append(" }\n");
		}
		List<Issue> issues = validate(text.toString());
		assertEquals(30, issues.size(), issues.toString());
		for (Issue issue : issues) {
			assertEquals("DDI102", DdiRule.codeOf(issue));
			assertTrue(issue.getMessage().contains("changes member 'G30' (position 30) of version 30 ('V30')"), issue.getMessage());
		}
	}

	@Test
	void tenThousandNestedDevicesAndStructsValidateInSeconds() {
		assertTrue(validate(HostileShapes.deviceChain(10_000)).isEmpty());
		assertTrue(validate(HostileShapes.structChain(10_000)).isEmpty());
		assertTrue(validate(HostileShapes.typedefChain(10_000)).isEmpty());
	}
}
