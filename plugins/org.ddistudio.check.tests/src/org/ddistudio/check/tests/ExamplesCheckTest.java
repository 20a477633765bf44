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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.check.CheckOptions;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.check.Invariant;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.model.SystemLayout;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checker's verdict on the repository's examples, as `ddi check examples/NAME examples/wdk` gives it. */
class ExamplesCheckTest {

	private static CheckResult only(String example) {
		List<SystemLayout> systems = Fixtures.example(example);
		assertEquals(1, systems.size());
		return Fixtures.check(systems.get(0));
	}

	@Test
	@DisplayName("toaster, ucsi, serialhci and toastmon pass: every teardown order is safe")
	void correctExamplesPass() {
		for (String example : List.of("toaster", "ucsi", "serialhci", "toastmon")) {
			CheckResult result = only(example);
			assertEquals(CheckVerdict.PASS, result.verdict(), () -> example + ": " + Fixtures.describe(result));
		}
	}

	@Test
	@DisplayName("toastmon also passes from the state its scenario ends in")
	void toastmonPassesAfterItsScenario() {
		List<CheckResult> results = TeardownChecker.check(Fixtures.example("toastmon").get(0), Fixtures.options().withAfterScenarios(true));
		assertEquals(2, results.size());
		assertEquals("after scenario DisableToasterWhileMonitored", results.get(1).origin());
		results.forEach(r -> assertEquals(CheckVerdict.PASS, r.verdict(), () -> Fixtures.describe(r)));
	}

	@Test
	@DisplayName("broken: a defect after one event (the function driver never releases the widget interface)")
	void brokenHasShortDefect() {
		CheckResult result = only("broken");
		assertEquals(CheckVerdict.DEFECT, result.verdict(), () -> Fixtures.describe(result));
		assertEquals(1, result.counterexample().length(), () -> Fixtures.describe(result));
		assertEquals(Invariant.EVERY_INTERFACE_RELEASED, result.counterexample().invariant(), () -> Fixtures.describe(result));
	}

	@Test
	@DisplayName("pcidrv's and sdca's never-released interfaces are defects of the samples (wdf-semantics.md §2.2)")
	void leakingSamplesAreDefects() {
		for (String example : List.of("pcidrv", "sdca")) {
			CheckResult result = only(example);
			assertEquals(CheckVerdict.DEFECT, result.verdict(), () -> example + ": " + Fixtures.describe(result));
			assertEquals(Invariant.EVERY_INTERFACE_RELEASED, result.counterexample().invariant(), () -> Fixtures.describe(result));
		}
	}

	@Test
	@DisplayName("without reduction the examples give the same verdicts")
	void unreducedExamples() {
		for (String example : List.of("toaster", "ucsi", "serialhci", "toastmon", "broken")) {
			CheckResult reduced = only(example);
			CheckResult full = Fixtures.check(Fixtures.example(example).get(0), Fixtures.options().withReduce(false));
			assertEquals(reduced.verdict(), full.verdict(), example);
			assertTrue(full.slices() == 1, example);
		}
	}

	static CheckOptions defaults() {
		return Fixtures.options();
	}
}
