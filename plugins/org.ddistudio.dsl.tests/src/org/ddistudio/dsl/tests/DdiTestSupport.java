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
import java.util.Map;

import org.ddistudio.dsl.testing.DdiInjectors;
import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiModel;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The language tests' assertions on a {@link TestWorkspace} (in-memory .ddi files parsed, linked and
 * validated in one resource set, so cross-file references resolve through the index): which rule
 * codes were reported where.
 */
public final class DdiTestSupport {

	private final TestWorkspace workspace;

	private DdiTestSupport(TestWorkspace workspace) {
		this.workspace = workspace;
	}

	/** The language injector, shared by every test of the JVM (the generated DdiInjectorProvider's). */
	public static Injector injector() {
		return DdiInjectors.runtime();
	}

	/** Loads one file named test.ddi. */
	public static DdiTestSupport of(String text) {
		return new DdiTestSupport(TestWorkspace.of(text));
	}

	/** Loads several files (name to content) into one resource set. */
	public static DdiTestSupport files(Map<String, String> files) {
		return new DdiTestSupport(TestWorkspace.of(files));
	}

	/** The model of a file. */
	public DdiModel model(String fileName) {
		return workspace.model(fileName);
	}

	/** The model of the only (or first) file. */
	public DdiModel model() {
		return workspace.model();
	}

	/** All issues of all files, validated in full. */
	public List<Issue> issues() {
		return workspace.issues();
	}

	/** The stable codes of all issues, in report order. */
	public List<String> codes() {
		return workspace.codes();
	}

	/** Issues rendered as "line:column CODE message", for readable assertion failures. */
	public String describe() {
		return workspace.describe();
	}

	/** Asserts that exactly these rules (in any order, with multiplicity) were reported. */
	public DdiTestSupport assertCodes(DdiRule... expected) {
		List<String> want = java.util.Arrays.stream(expected).map(DdiRule::code).sorted().toList();
		List<String> got = codes().stream().sorted().toList();
		assertEquals(want, got, "reported:\n" + describe());
		return this;
	}

	/** Asserts that nothing at all was reported. */
	public DdiTestSupport assertClean() {
		return assertCodes();
	}

	/** The first issue with the rule's code; fails if there is none. */
	public Issue issue(DdiRule rule) {
		return issues().stream().filter(i -> rule.code().equals(DdiRule.codeOf(i))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + rule.code() + " reported; reported:\n" + describe()));
	}

	/** The 1-based line of the first occurrence of {@code snippet} in {@code text}; fails when there is none. */
	public static int lineOf(String text, String snippet) {
		int at = text.indexOf(snippet);
		assertTrue(at >= 0, snippet);
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	/** Asserts that the issue is reported on the line of {@code snippet} in {@code text}. */
	public static void assertAt(String text, Issue issue, String snippet) {
		assertEquals(lineOf(text, snippet), issue.getLineNumber(), issue.getMessage());
	}
}
