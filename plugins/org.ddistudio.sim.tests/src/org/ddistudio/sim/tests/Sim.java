/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Producer;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioPlans;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;
import org.ddistudio.sim.TraceEntry;
import org.ddistudio.sim.Verdict;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Fixture loader and result helpers: parses .ddi text (failing on any syntax or link error, but
 * without running the validators: some fixtures deliberately break producer rules to see what KMDF
 * does with them at run time), runs a scenario and asserts on verdicts, bug checks, findings and
 * the trace.
 */
final class Sim {

	/** Interfaces shared by the fixtures. On x64: TI is 40 bytes (Ping at 32), TI_V2 48 bytes (Pong at 40). */
	static final String INTERFACES = """
			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}
			interface TI_V2 extends TI {
			    version 2
			    BOOLEAN Pong(_In_ PVOID Context);
			}
			""";

	private Sim() {
	}

	/** Parses and links {@link #INTERFACES} followed by {@code text}; fails on any syntax or linking error. */
	static DdiModel parse(String text) {
		return TestWorkspace.of("fixture.ddi", INTERFACES + text).linked().model();
	}

	/** The only (first) system of a fixture. */
	static SystemLayout system(String text) {
		return parse(text).getDeclarations().stream().filter(SystemLayout.class::isInstance).map(SystemLayout.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("fixture has no system"));
	}

	/** Runs the named scenario of the fixture's system. */
	static ScenarioResult run(String text, String scenario) {
		SystemLayout system = system(text);
		Scenario found = system.getScenarios().stream().filter(s -> scenario.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no scenario " + scenario));
		return Simulator.run(ScenarioPlans.of(found), () -> false);
	}

	/** Runs the only scenario of the fixture's system. */
	static ScenarioResult run(String text) {
		List<ScenarioResult> all = Simulator.run(system(text), () -> false);
		assertEquals(1, all.size(), "the fixture should have exactly one scenario");
		return all.get(0);
	}

	// ------------------------------------------------------------------ assertions

	/** Summary, findings and trace, for assertion messages. */
	static String describe(ScenarioResult result) {
		StringBuilder text = new StringBuilder(result.name()).append(": ").append(result.verdict()).append(" - ").append(result.summary()).append('\n');
		for (Finding finding : result.findings()) {
			text.append("  finding ").append(finding.kind()).append(" @").append(finding.step()).append(" [").append(name(finding.element()))
					.append("] ").append(finding.message()).append('\n');
		}
		for (TraceEntry entry : result.trace()) {
			text.append(String.format("  %3d %s%s%n", entry.step(), "  ".repeat(entry.depth()), entry.text()));
		}
		return text.toString();
	}

	static void assertPass(ScenarioResult result) {
		assertEquals(Verdict.PASS, result.verdict(), () -> describe(result));
	}

	static void assertFail(ScenarioResult result) {
		assertEquals(Verdict.FAIL, result.verdict(), () -> describe(result));
	}

	/** Asserts the run ended in bug check {@code code}, raised at scenario step {@code step}. */
	static void assertBugCheck(ScenarioResult result, int code, int step) {
		assertNotNull(result.bugCheck(), () -> "no bug check\n" + describe(result));
		assertEquals(code, result.bugCheck().code(), () -> describe(result));
		Finding finding = findings(result, FindingKind.BUG_CHECK).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no bug check finding\n" + describe(result)));
		assertEquals(step, finding.step(), () -> "bug check at the wrong step\n" + describe(result));
		assertEquals(code, finding.bugCheck().code(), () -> describe(result));
	}

	static void assertNoBugCheck(ScenarioResult result) {
		assertEquals(null, result.bugCheck(), () -> describe(result));
	}

	static List<Finding> findings(ScenarioResult result, FindingKind kind) {
		return result.findings().stream().filter(f -> f.kind() == kind).toList();
	}

	/** Asserts exactly one finding of that kind, on the named element, and returns it. */
	static Finding assertFinding(ScenarioResult result, FindingKind kind, String element) {
		List<Finding> found = findings(result, kind);
		assertEquals(1, found.size(), () -> "expected one " + kind + "\n" + describe(result));
		assertEquals(element, name(found.get(0).element()), () -> describe(result));
		return found.get(0);
	}

	static void assertNoFinding(ScenarioResult result, FindingKind kind) {
		assertTrue(findings(result, kind).isEmpty(), () -> "unexpected " + kind + "\n" + describe(result));
	}

	/** The trace lines, in order. */
	static List<String> trace(ScenarioResult result) {
		return result.trace().stream().map(TraceEntry::text).toList();
	}

	/** Index of the first trace line containing {@code text}; fails when there is none. */
	static int line(ScenarioResult result, String text) {
		List<String> lines = trace(result);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("no trace line contains '" + text + "'\n" + describe(result));
	}

	/** Asserts that trace lines containing these texts appear in this order (each searched after the previous one). */
	static void assertOrder(ScenarioResult result, String... texts) {
		List<String> lines = trace(result);
		int at = -1;
		for (String text : texts) {
			int from = at + 1;
			at = -1;
			for (int i = from; i < lines.size(); i++) {
				if (lines.get(i).contains(text)) {
					at = i;
					break;
				}
			}
			if (at < 0) {
				throw new AssertionError("no trace line containing '" + text + "' after line " + from + "\n" + describe(result));
			}
		}
	}

	static boolean traced(ScenarioResult result, String text) {
		return trace(result).stream().anyMatch(l -> l.contains(text));
	}

	static void assertTraced(ScenarioResult result, String text) {
		assertTrue(traced(result, text), () -> "no trace line contains '" + text + "'\n" + describe(result));
	}

	static void assertNotTraced(ScenarioResult result, String text) {
		assertTrue(!traced(result, text), () -> "a trace line contains '" + text + "'\n" + describe(result));
	}

	/** A readable name of a model element: "Driver/produce TI on fdo", "Driver/consume TI", or its name. */
	static String name(EObject element) {
		if (element == null) {
			return null;
		}
		if (element instanceof Producer producer) {
			return ((Driver) producer.eContainer()).getName() + "/produce " + producer.getInterface().getName() + " on " + switch (producer.getOn()) {
			case CHILD_PDO -> "child-pdo";
			case FDO -> "fdo";
			case FILTER_DEVICE -> "filter";
			};
		}
		if (element instanceof Consumer consumer) {
			return ((Driver) consumer.eContainer()).getName() + "/consume " + consumer.getInterface().getName();
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		if (feature != null) {
			return String.valueOf(element.eGet(feature));
		}
		return element.eClass().getName();
	}
}
