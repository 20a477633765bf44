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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.model.Device;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.Machine;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioPlans;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.ScenarioStepper;
import org.ddistudio.sim.Simulator;
import org.ddistudio.sim.SystemIndex;
import org.ddistudio.sim.TraceEntry;
import org.ddistudio.sim.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The debugger's view of a scenario: one event at a time, the state between events, the same result as a whole run. */
class ScenarioStepperTest {

	/** A counted reference taken by a query and given back on removal; a call after the bus's image is gone bug-checks. */
	private static final String FIXTURE = """
			driver Bus bus KMDF {
			    produce TI on child-pdo { references counted }
			}
			driver Fn function KMDF {
			    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
			}
			system S {
			    device BusDev { pdo root function Bus }
			    device Child parent BusDev { pdo Bus function Fn }
			    scenario Counted {
			        start all
			        Child queries TI expect STATUS_SUCCESS from Bus
			        expect references TI on Child = 1
			        remove Child expect not-vetoed
			    }
			}
			""";

	private static ScenarioPlan plan(String text) {
		SystemLayout system = Sim.system(text);
		return ScenarioPlans.of(system.getScenarios().get(0));
	}

	@Test
	@DisplayName("stepping to the end gives exactly the simulator's result")
	void steppingToTheEndIsARun() {
		ScenarioPlan plan = plan(FIXTURE);
		ScenarioStepper stepper = new ScenarioStepper(plan);
		int steps = 0;
		while (!stepper.finished()) {
			assertSame(plan.events().get(steps), stepper.next());
			ScenarioStepper.Step step = stepper.step();
			assertEquals(++steps, step.number());
			assertTrue(step.trace().stream().allMatch(t -> t.step() == step.number()), step.trace().toString());
		}
		assertEquals(plan.events().size(), steps);
		assertNull(stepper.next());
		assertThrows(IllegalStateException.class, stepper::step);
		assertSameResult(Simulator.run(plan, () -> false), stepper.result());
		assertEquals(Verdict.PASS, stepper.result().verdict(), Sim.describe(stepper.result()));
	}

	@Test
	@DisplayName("a bug check finishes the plan: the events after it never run, as in a whole run")
	void bugCheckFinishes() {
		String crashing = FIXTURE.replace("remove Child expect not-vetoed", """
				remove Child expect not-vetoed
				        remove BusDev expect not-vetoed
				        Child calls Ping of TI
				        expect references TI on Child = 0""");
		ScenarioPlan plan = plan(crashing);
		ScenarioStepper stepper = new ScenarioStepper(plan);
		ScenarioStepper.Step last = null;
		while (!stepper.finished()) {
			last = stepper.step();
		}
		assertNotNull(last.bugCheck(), Sim.describe(stepper.result()));
		assertEquals(plan.events().size() - 1, stepper.position(), "the reference check after the crash never ran");
		assertFalse(last.findings().isEmpty());
		assertSameResult(Simulator.run(plan, () -> false), stepper.result());
	}

	@Test
	@DisplayName("between events the state shows PnP states, reference counts and what a consumer's buffer holds")
	void stateBetweenEvents() {
		ScenarioStepper stepper = new ScenarioStepper(plan(FIXTURE));
		SystemIndex index = stepper.state().index();
		Device child = index.devices().stream().filter(d -> d.getName().equals("Child")).findFirst().orElseThrow();
		int childId = index.deviceId(child);
		int registration = index.registrationsOf(childId)[0];
		int holding = index.holdingsOf(childId)[0];
		assertEquals(Machine.DeviceState.ABSENT, stepper.state().device(childId));

		stepper.step(); // start all
		Machine started = stepper.state();
		assertEquals(Machine.DeviceState.STARTED, started.device(childId));
		assertEquals(0, started.references(registration));
		assertEquals(Machine.HoldState.NONE, started.holding(holding));

		stepper.step(); // the query
		Machine queried = stepper.state();
		assertEquals(1, queried.references(registration));
		assertEquals(Machine.HoldState.HELD, queried.holding(holding));
		assertEquals(childId, queried.answeredBy(holding));
		assertEquals(40, queried.returnedSize(holding), "TI is 40 bytes on x64");
		assertEquals(1, queried.returnedVersion(holding));
		// a snapshot: later events do not change what was taken
		stepper.step();
		stepper.step(); // removal: the reference is given back
		assertEquals(1, queried.references(registration));
		assertEquals(Machine.DeviceState.STARTED, queried.device(childId));
		assertEquals(Machine.DeviceState.REMOVED, stepper.state().device(childId));
	}

	@Test
	@DisplayName("asking for the result between steps changes nothing")
	void resultBetweenSteps() {
		ScenarioPlan plan = plan(FIXTURE.replace("remove Child expect not-vetoed", "remove Child expect not-vetoed\n        expect bugcheck 0xCE"));
		ScenarioStepper stepper = new ScenarioStepper(plan);
		stepper.step();
		assertEquals(Verdict.FAIL, stepper.result().verdict(), "no bug check yet, one is expected");
		stepper.result();
		while (!stepper.finished()) {
			stepper.step();
		}
		assertSameResult(Simulator.run(plan, () -> false), stepper.result());
	}

	private static void assertSameResult(ScenarioResult expected, ScenarioResult actual) {
		assertEquals(expected.verdict(), actual.verdict());
		assertEquals(expected.summary(), actual.summary());
		assertEquals(texts(expected.trace()), texts(actual.trace()));
		assertEquals(expected.findings(), actual.findings());
		assertEquals(expected.bugCheck(), actual.bugCheck());
	}

	private static List<String> texts(List<TraceEntry> trace) {
		return trace.stream().map(t -> t.step() + "/" + t.depth() + " " + t.text()).toList();
	}
}
