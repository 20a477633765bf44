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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ddistudio.check.Bound;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.check.Progress;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every bound ends the search with an honest inconclusive verdict, saying which bound and how much was explored. */
class BoundsTest {

	private static SystemLayout synthetic(int devices, int interfaces, int monitors) {
		return SyntheticSystems.generate(new SyntheticSystems.Shape(devices, interfaces, monitors, 7)).getDeclarations().stream()
				.filter(SystemLayout.class::isInstance).map(SystemLayout.class::cast).findFirst().orElseThrow();
	}

	@Test
	@DisplayName("state bound: inconclusive, with the states explored")
	void stateBound() {
		CheckResult result = Fixtures.check(Fixtures.example("toastmon").get(0), Fixtures.options().withMaxStates(5));
		assertEquals(CheckVerdict.INCONCLUSIVE, result.verdict(), () -> Fixtures.describe(result));
		assertEquals(Bound.STATES, result.bound());
		assertTrue(result.summary().contains("state bound"), result.summary());
		assertNull(result.counterexample());
	}

	@Test
	@DisplayName("depth bound: inconclusive when events are left below it; a defect within it is still found")
	void depthBound() {
		CheckResult cut = Fixtures.check(Fixtures.example("toastmon").get(0), Fixtures.options().withMaxDepth(1));
		assertEquals(CheckVerdict.INCONCLUSIVE, cut.verdict(), () -> Fixtures.describe(cut));
		assertEquals(Bound.DEPTH, cut.bound());
		CheckResult found = Fixtures.check(Fixtures.system(InvariantModelsTest.GONE_CODE + "}\n"), Fixtures.options().withMaxDepth(2));
		assertEquals(CheckVerdict.DEFECT, found.verdict(), () -> Fixtures.describe(found));
		CheckResult tooShallow = Fixtures.check(Fixtures.system(InvariantModelsTest.GONE_CODE + "}\n"), Fixtures.options().withMaxDepth(1));
		assertEquals(CheckVerdict.INCONCLUSIVE, tooShallow.verdict(), () -> Fixtures.describe(tooShallow));
	}

	@Test
	@DisplayName("time bound and cancellation: inconclusive, never a hang")
	void timeBoundAndCancellation() {
		SystemLayout big = synthetic(128, 40, 12);
		long start = System.nanoTime();
		CheckResult timed = Fixtures.check(big, Fixtures.options().withTimeout(Duration.ofMillis(300)));
		assertEquals(CheckVerdict.INCONCLUSIVE, timed.verdict(), () -> Fixtures.describe(timed));
		assertEquals(Bound.TIME, timed.bound());
		assertTrue(System.nanoTime() - start < 10_000_000_000L, "the time bound took more than 10 s to stop the search");
		CheckResult cancelled = Fixtures.check(big, Fixtures.options().withCancelled(() -> true));
		assertEquals(Bound.CANCELLED, cancelled.bound());
	}

	@Test
	@DisplayName("progress is reported about once a second while a search runs")
	void progress() {
		List<Progress> reports = new ArrayList<>();
		Fixtures.check(synthetic(128, 40, 12), Fixtures.options().withTimeout(Duration.ofMillis(4000)).withProgress(reports::add));
		assertTrue(reports.size() >= 2, "fewer than two progress reports in 4 s: " + reports);
		assertTrue(reports.get(0).states() > 0);
	}
}
