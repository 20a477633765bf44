/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.CallStep;
import org.ddistudio.model.Device;
import org.ddistudio.model.PnpEventKind;
import org.ddistudio.model.PnpStep;
import org.ddistudio.model.QueryStep;
import org.ddistudio.model.ReferenceCheck;
import org.ddistudio.model.ReleaseStep;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.StartStep;
import org.ddistudio.model.Step;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.UnloadStep;

/** Turns scenarios into plans, and makes the implied lifecycle of a system that has none. */
public final class ScenarioPlans {

	private ScenarioPlans() {
	}

	/** The plans of a system: its scenarios, or the implied lifecycle when it declares none. */
	public static List<ScenarioPlan> of(SystemLayout system) {
		if (system.getScenarios().isEmpty()) {
			return implied(system);
		}
		return system.getScenarios().stream().map(ScenarioPlans::of).toList();
	}

	/** The plan of one declared scenario. */
	public static ScenarioPlan of(Scenario scenario) {
		List<SimEvent> events = new ArrayList<>();
		for (Step step : scenario.getSteps()) {
			events.add(event(step));
		}
		return new ScenarioPlan(scenario.getName(), (SystemLayout) scenario.eContainer(), scenario, events,
				scenario.isSetExpectedBugCheck() ? scenario.getExpectedBugCheck() : null);
	}

	private static SimEvent event(Step step) {
		if (step instanceof StartStep start) {
			return new SimEvent.Start(start.getDevice(), step);
		}
		if (step instanceof QueryStep q) {
			return new SimEvent.Query(q.getDevice(), q.getDriver(), q.getInterface(), q.isSetSize() ? q.getSize() : null,
					q.isSetVersion() ? q.getVersion() : null, q.isSetExpectedStatus() ? q.getExpectedStatus() : null,
					q.getExpectedProducer(), q.isSetExpectedVersion() ? q.getExpectedVersion() : null, step);
		}
		if (step instanceof CallStep c) {
			return new SimEvent.Call(c.getDevice(), c.getDriver(), c.getInterface(), c.getRoutine(), step);
		}
		if (step instanceof ReleaseStep r) {
			return new SimEvent.Release(r.getDevice(), r.getDriver(), r.getInterface(), step);
		}
		if (step instanceof PnpStep p) {
			return new SimEvent.Pnp(p.getKind(), p.getDevice(), p.getVetoedBy(), p.isSetExpectVetoed() ? p.isExpectVetoed() : null, step);
		}
		if (step instanceof UnloadStep u) {
			return new SimEvent.Unload(u.getDriver(), step);
		}
		ReferenceCheck check = (ReferenceCheck) step;
		return new SimEvent.ReferenceCheck(check.getInterface(), check.getDevice(), check.getCount(), step);
	}

	/**
	 * The implied lifecycle: everything starts and every consumer acquires as declared; then, from
	 * a fresh start each time, an orderly removal of each device and a surprise removal of each
	 * device, with every consumer still holding an interface calling it afterwards (drivers keep
	 * using what they hold: this is where calls into removed producers show).
	 */
	public static List<ScenarioPlan> implied(SystemLayout system) {
		List<ScenarioPlan> plans = new ArrayList<>();
		plans.add(new ScenarioPlan("implied: start and use", system, system, startAndUse(system), null));
		for (PnpEventKind kind : List.of(PnpEventKind.REMOVE, PnpEventKind.SURPRISE_REMOVE)) {
			for (Device device : system.getDevices()) {
				List<SimEvent> events = startAndUse(system);
				events.add(new SimEvent.Pnp(kind, device, null, null, device));
				events.add(new SimEvent.CallAll(system));
				String what = kind == PnpEventKind.REMOVE ? "orderly removal of " : "surprise removal of ";
				plans.add(new ScenarioPlan("implied: " + what + device.getName(), system, system, events, null));
			}
		}
		return plans;
	}

	private static List<SimEvent> startAndUse(SystemLayout system) {
		List<SimEvent> events = new ArrayList<>();
		events.add(new SimEvent.Start(null, system));
		events.add(new SimEvent.AcquireOnDemand(system));
		events.add(new SimEvent.CallAll(system));
		return events;
	}
}
