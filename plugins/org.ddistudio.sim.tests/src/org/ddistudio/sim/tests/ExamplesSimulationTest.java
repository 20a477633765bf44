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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;
import org.ddistudio.sim.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The simulated outcome of every example in the repository's examples/ folder, as a user gets it
 * from `ddi simulate examples/NAME examples/wdk`.
 */
class ExamplesSimulationTest {

	private static List<ScenarioResult> simulate(String example) {
		List<ScenarioResult> results = new ArrayList<>();
		for (SystemLayout system : Examples.systems(example)) {
			results.addAll(Simulator.run(system, () -> false));
		}
		return results;
	}

	private static ScenarioResult scenario(List<ScenarioResult> results, String name) {
		return results.stream().filter(r -> r.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no scenario " + name));
	}

	@Test
	@DisplayName("every example scenario meets its expectations")
	void everyScenarioPasses() {
		for (String example : List.of("toaster", "pcidrv", "ucsi", "sdca", "serialhci", "toastmon", "broken")) {
			for (ScenarioResult result : simulate(example)) {
				assertEquals(Verdict.PASS, result.verdict(), example + " / " + result.name() + ": " + Sim.describe(result));
			}
		}
	}

	@Test
	@DisplayName("the toaster runs clean")
	void toasterRunsClean() {
		for (ScenarioResult result : simulate("toaster")) {
			assertEquals(List.of(), result.findings(), Sim.describe(result));
			Sim.assertNoBugCheck(result);
		}
	}

	@Test
	@DisplayName("pcidrv's never-released BUS_INTERFACE_STANDARD is reported")
	void pcidrvNeverReleases() {
		List<ScenarioResult> results = simulate("pcidrv");
		assertTrue(results.stream().anyMatch(r -> !Sim.findings(r, FindingKind.NEVER_RELEASED).isEmpty()),
				"no SIM005 in " + results.stream().map(Sim::describe).toList());
	}

	@Test
	@DisplayName("the SdcaVXu callback rejects a version it does not list")
	void sdcaRejectsWrongVersion() {
		ScenarioResult result = scenario(simulate("sdca"), "CodecFindsItsExtensionUnit");
		Sim.assertPass(result);
		Sim.assertTraced(result, "callback says not supported");
		Sim.assertTraced(result, "completes with STATUS_NOT_SUPPORTED");
	}

	@Test
	@DisplayName("the broken cross-stack system bug-checks 0xCE on the call after the producer's removal")
	void brokenCrossStackBugChecks() {
		ScenarioResult result = scenario(simulate("broken"), "CrossStackCallAfterRemoval");
		Sim.assertBugCheck(result, 0xCE, 4);
		Sim.assertPass(result);
	}
}
