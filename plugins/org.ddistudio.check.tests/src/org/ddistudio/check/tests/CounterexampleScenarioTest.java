/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.Invariant;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioPlans;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;
import org.ddistudio.sim.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A counterexample printed as a scenario replays in the simulator with the same outcome once pasted into the model. */
class CounterexampleScenarioTest {

	private static ScenarioResult replay(String model, CheckResult result) {
		String pasted = model + result.counterexample().scenario() + "}\n";
		SystemLayout system = Fixtures.system(pasted);
		Scenario scenario = system.getScenarios().get(system.getScenarios().size() - 1);
		return Simulator.run(ScenarioPlans.of(scenario), () -> false);
	}

	@Test
	@DisplayName("the 0xCE counterexample, pasted as a scenario, fails with bug check 0xCE")
	void bugCheckReplays() {
		CheckResult result = Fixtures.check(Fixtures.system(InvariantModelsTest.GONE_CODE + "}\n"));
		assertEquals(org.ddistudio.check.CheckVerdict.DEFECT, result.verdict());
		String text = result.counterexample().scenario();
		assertTrue(text.contains("start all"), text);
		assertTrue(text.contains("remove BusDev"), text);
		assertTrue(text.contains("Mon calls Ping of TI as Mon"), text);
		ScenarioResult replayed = replay(InvariantModelsTest.GONE_CODE, result);
		assertEquals(Verdict.FAIL, replayed.verdict(), replayed.summary());
		assertNotNull(replayed.bugCheck());
		assertEquals(0xCE, replayed.bugCheck().code());
		assertEquals(3, replayed.findings().stream().filter(f -> f.kind() == FindingKind.BUG_CHECK).findFirst().orElseThrow().step());
	}

	@Test
	@DisplayName("a vetoed query-remove and a use after release replay with the same finding")
	void findingReplays() {
		String model = InvariantModelsTest.model("", "", InvariantModelsTest.monitor("""
				        EvtIoTargetQueryRemove release close
				        EvtIoTargetRemoveCanceled reopen
				"""), "");
		CheckResult result = Fixtures.check(Fixtures.system(model + "}\n"));
		assertEquals(Invariant.NO_USE_AFTER_RELEASE, result.counterexample().invariant(), () -> Fixtures.describe(result));
		assertTrue(result.counterexample().scenario().contains("vetoed by"), result.counterexample().scenario());
		ScenarioResult replayed = replay(model, result);
		assertTrue(replayed.findings().stream().anyMatch(f -> f.kind() == FindingKind.USE_AFTER_RELEASE), replayed.summary());
	}

	@Test
	@DisplayName("after a scenario: exploring from the state it ends in, with its steps in the printed counterexample")
	void afterScenario() {
		String model = InvariantModelsTest.model("", "", InvariantModelsTest.monitor(InvariantModelsTest.R7_CALLBACKS), "") + """
				    scenario LetGo {
				        start all
				        Mon releases TI
				    }
				""";
		List<CheckResult> results = TeardownChecker.check(Fixtures.system(model + "}\n"), Fixtures.options().withAfterScenarios(true));
		assertEquals(2, results.size());
		assertEquals(org.ddistudio.check.CheckVerdict.PASS, results.get(0).verdict(), () -> Fixtures.describe(results.get(0)));
		CheckResult after = results.get(1);
		assertEquals(org.ddistudio.check.CheckVerdict.DEFECT, after.verdict(), () -> Fixtures.describe(after));
		assertEquals(FindingKind.USE_AFTER_RELEASE, after.counterexample().finding().kind());
		assertEquals(1, after.counterexample().length());
		assertTrue(after.counterexample().scenario().contains("Mon releases TI"), after.counterexample().scenario());
	}
}
