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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * The examples/ folder of the repository, validated exactly as a user would open it: every example
 * folder together with examples/wdk (and the folders it imports), with exactly the intended
 * findings per file. A clean example asserts that nothing at all is reported.
 */
class ExamplesTest {

	/** What each example folder needs besides itself. */
	private static final Map<String, List<String>> DEPENDENCIES = Map.of(
			"toastmon", List.of("toaster"));

	/** The intended findings, per file (relative to examples/); a file not listed must be clean. */
	private static final Map<String, List<DdiRule>> EXPECTED = Map.of(
			// PCIDRV never dereferences BUS_INTERFACE_STANDARD (§2.2)
			"pcidrv/pcidrv.ddi", List.of(DdiRule.NEVER_RELEASED),
			// the sample codec keeps the XU interface for the device's lifetime (DDI304). SdcaXu.h's V0102
			// inserts a member mid-struct under the same GUID, which is fine here: the only producer has
			// Interface NULL and an exact-version callback, so no DDI102 (regression: InterfaceRulesTest)
			"sdca/sdca.ddi", List.of(DdiRule.NEVER_RELEASED),
			"broken/broken.ddi", List.of(
					DdiRule.MALFORMED_GUID,
					DdiRule.CONTEXT_PARAMETER,
					DdiRule.PARENT_STACK_ON_NON_PDO,
					DdiRule.NEVER_RELEASED,
					DdiRule.CROSS_STACK_NOOP_REFERENCES,
					DdiRule.CROSS_STACK_NOT_RELEASED,
					DdiRule.TWO_PRODUCERS_IN_STACK,
					DdiRule.LAYER_OUT_OF_ORDER,
					DdiRule.PDO_OWNER_MISMATCH,
					DdiRule.RELEASE_WITHOUT_ACQUIRE,
					DdiRule.USE_AFTER_RELEASE,
					DdiRule.CANCEL_WITHOUT_QUERY_REMOVE,
					DdiRule.UNLOAD_WHILE_IN_USE));

	static final List<String> FOLDERS = List.of(
			"toaster", "pcidrv", "ucsi", "sdca", "serialhci", "toastmon", "broken");

	@Test
	void everyExampleFolderIsCovered() throws IOException {
		try (Stream<Path> children = Files.list(Examples.root())) {
			List<String> onDisk = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
					.filter(name -> !name.equals("wdk")).sorted().toList();
			assertEquals(new TreeSet<>(FOLDERS).stream().toList(), onDisk,
					"every example folder needs its expectations in ExamplesTest");
		}
	}

	@Test
	void wdkAlone() {
		assertFindings(List.of());
	}

	@Test
	void toaster() {
		assertFindings(List.of("toaster"));
	}

	@Test
	void pcidrv() {
		assertFindings(List.of("pcidrv"));
	}

	@Test
	void ucsi() {
		assertFindings(List.of("ucsi"));
	}

	@Test
	void sdca() {
		assertFindings(List.of("sdca"));
	}

	@Test
	void serialhci() {
		assertFindings(List.of("serialhci"));
	}

	@Test
	void toastmon() {
		assertFindings(List.of("toastmon"));
	}

	@Test
	void broken() {
		assertFindings(List.of("broken"));
	}

	/** Opening the whole examples folder as one project changes nothing: the packages do not collide. */
	@Test
	void allExamplesTogether() {
		assertFindings(FOLDERS);
	}

	private static void assertFindings(List<String> folders) {
		List<String> withDependencies = new ArrayList<>();
		withDependencies.add("wdk");
		for (String folder : folders) {
			for (String needed : DEPENDENCIES.getOrDefault(folder, List.of())) {
				if (!withDependencies.contains(needed)) {
					withDependencies.add(needed);
				}
			}
			if (!withDependencies.contains(folder)) {
				withDependencies.add(folder);
			}
		}
		Map<String, String> files = Examples.texts(withDependencies);
		List<Issue> issues = DdiTestSupport.files(files).issues();

		Map<String, List<String>> expected = new TreeMap<>();
		Map<String, List<String>> actual = new TreeMap<>();
		for (String file : files.keySet()) {
			expected.put(file, EXPECTED.getOrDefault(file, List.of()).stream().map(DdiRule::code).sorted().toList());
			actual.put(file, new ArrayList<>());
		}
		for (Issue issue : issues) {
			actual.computeIfAbsent(fileOf(issue), f -> new ArrayList<>()).add(DdiRule.codeOf(issue));
		}
		actual.replaceAll((file, codes) -> codes.stream().sorted().toList());
		assertEquals(expected, actual, "findings in " + withDependencies + ":\n" + describe(issues));
	}

	private static String fileOf(Issue issue) {
		String path = issue.getUriToProblem() == null ? "?" : issue.getUriToProblem().trimFragment().path();
		return path.startsWith("/") ? path.substring(1) : path;
	}

	private static String describe(List<Issue> issues) {
		return issues.stream()
				.map(i -> fileOf(i) + ":" + i.getLineNumber() + " " + i.getSeverity() + " " + DdiRule.codeOf(i) + " " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
