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

import static org.ddistudio.sim.tests.Sim.assertFail;
import static org.ddistudio.sim.tests.Sim.assertPass;
import static org.ddistudio.sim.tests.Sim.findings;
import static org.ddistudio.sim.tests.Sim.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.sim.Finding;
import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a query step addressed to the child device of a bus that consumes TI {@code on child-pdo}
 * failed with "no driver of Child's stack consumes TI". The consumer is the bus FDO's; its query from
 * the PDO returns STATUS_INVALID_PARAMETER (wdf-semantics.md §1.3), which the step on the parent shows.
 */
class Issue18ChildPdoStepTest {

	static String model(String steps) {
		return """
				driver Bus bus KMDF {
				    produce TI on fdo
				    consume TI { on child-pdo acquire on-demand }
				}
				driver Fn function KMDF { }
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    scenario T {
				        start all
				        %s
				    }
				}
				""".formatted(steps);
	}

	@Test
	void stepOnTheChildSaysWhoseConsumerItIs() {
		ScenarioResult result = run(model("Child queries TI"));
		assertFail(result);
		List<Finding> failed = findings(result, FindingKind.EXPECTATION_FAILED);
		assertEquals(1, failed.size(), Sim.describe(result));
		String message = failed.get(0).message();
		assertTrue(message.contains("Bus consumes TI on child-pdo"), message);
		assertTrue(message.contains("STATUS_INVALID_PARAMETER"), message);
		assertTrue(message.contains("in BusDev's stack"), message);
	}

	@Test
	void stepOnTheParentFailsAsTheSpecSays() {
		assertPass(run(model("BusDev queries TI expect STATUS_INVALID_PARAMETER")));
	}
}
