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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Producer;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The slice reduction (org.ddistudio.check.Slices) against the full search: the same verdict, and for a
 * defect the same counterexample length, invariant and bug check, on every example and on generated
 * systems, correct ones and ones with the cross-stack mistakes the checker is for.
 */
class SliceAgreementTest {

	private static void assertAgree(String what, SystemLayout system) {
		CheckResult reduced = Fixtures.check(system, Fixtures.options());
		CheckResult full = Fixtures.check(system, Fixtures.options().withReduce(false));
		String message = what + "\nreduced: " + Fixtures.describe(reduced) + "\nfull: " + Fixtures.describe(full);
		assertTrue(full.verdict() != CheckVerdict.INCONCLUSIVE, message);
		assertEquals(full.verdict(), reduced.verdict(), message);
		if (full.verdict() == CheckVerdict.DEFECT) {
			assertEquals(full.counterexample().length(), reduced.counterexample().length(), message);
			assertEquals(full.counterexample().invariant(), reduced.counterexample().invariant(), message);
			assertEquals(full.counterexample().bugCheck(), reduced.counterexample().bugCheck(), message);
		}
		if (full.verdict() == CheckVerdict.PASS) {
			// each slice explores part of the full state space
			assertTrue(reduced.states() <= full.states() * (long) reduced.slices(), message);
		}
	}

	@Test
	@DisplayName("every example: reduced and full search agree")
	void examples() {
		for (String example : List.of("toaster", "pcidrv", "ucsi", "sdca", "serialhci", "toastmon", "broken")) {
			for (SystemLayout system : Fixtures.example(example)) {
				assertAgree("examples/" + example, system);
			}
		}
	}

	@Test
	@DisplayName("every invariant fixture: reduced and full search agree")
	void invariantFixtures() {
		List<String> fixtures = List.of(InvariantModelsTest.GONE_CODE,
				InvariantModelsTest.model("", InvariantModelsTest.FN_NEVER, "", ""),
				InvariantModelsTest.model("", InvariantModelsTest.FN_ON_DEMAND, "", "        upper-filter Filt"),
				InvariantModelsTest.model("{ references counted }", "", InvariantModelsTest.monitor(InvariantModelsTest.R7_CALLBACKS), ""));
		for (String text : fixtures) {
			assertAgree(text, Fixtures.system(text + "}\n"));
		}
	}

	@Test
	@DisplayName("generated systems (SyntheticSystems), as generated and with cross-stack mistakes: reduced and full agree")
	void generatedSystems() {
		int checked = 0;
		for (long seed = 1; seed <= 4; seed++) {
			for (int devices : List.of(5, 7, 9)) {
				for (int mutation = 0; mutation < 3; mutation++) {
					DdiModel model = SyntheticSystems.generate(new SyntheticSystems.Shape(devices, 2, 1 + (int) (seed % 2), seed));
					mutate(model, mutation, new Random(seed * 31 + devices));
					SystemLayout system = model.getDeclarations().stream().filter(SystemLayout.class::isInstance).map(SystemLayout.class::cast)
							.findFirst().orElseThrow();
					assertAgree("synthetic devices=" + devices + " seed=" + seed + " mutation=" + mutation, system);
					checked++;
				}
			}
		}
		assertEquals(36, checked);
	}

	/**
	 * 0: as generated (passes); 1: a monitor target keeps only some callbacks (R7 broken); 2: a bus produces
	 * with no-op references and no veto, and the monitors use the framework defaults (calls into gone code).
	 */
	private static void mutate(DdiModel model, int mutation, Random random) {
		List<Driver> drivers = new ArrayList<>();
		model.getDeclarations().stream().filter(Driver.class::isInstance).map(Driver.class::cast).forEach(drivers::add);
		for (Driver driver : drivers) {
			for (RemoteTargetDecl target : driver.getTargets()) {
				if (mutation == 1 && random.nextBoolean()) {
					target.getCallbacks().remove(random.nextInt(target.getCallbacks().size()));
				} else if (mutation == 2) {
					target.getCallbacks().clear();
				}
			}
			for (Producer producer : driver.getProducers()) {
				if (mutation == 2 && random.nextBoolean()) {
					producer.setReferenceCounting(ReferenceCounting.NOOP);
					producer.setVetoQueryRemove(false);
				}
			}
		}
	}
}
