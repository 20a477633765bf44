/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.Machine;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioPlans;
import org.ddistudio.sim.SimEvent;
import org.ddistudio.sim.SystemIndex;
import org.ddistudio.sim.TraceEntry;
import org.eclipse.emf.ecore.EObject;

/**
 * The exhaustive teardown checker: from the started system (and, when asked, from the state each
 * scenario ends in) it explores every interleaving of teardown events ({@link TeardownEvents}) breadth
 * first, checks the invariants ({@link Invariant}) on every transition, and returns pass, a shortest
 * counterexample, or inconclusive with the bound that was hit. Independent slices of the system are
 * explored separately ({@link Slices}); the shortest counterexample over all slices is reported.
 */
public final class TeardownChecker {

	private TeardownChecker() {
	}

	/** Checks one system: one result for the started system, then one per scenario when asked. */
	public static List<CheckResult> check(SystemLayout system, CheckOptions options) {
		long started = System.nanoTime();
		SystemIndex index = new SystemIndex(system);
		List<CheckResult> results = new ArrayList<>();
		results.add(check(index, "started system", system, List.of(new SimEvent.Start(null, system)), options, started));
		if (options.afterScenarios()) {
			for (ScenarioPlan plan : ScenarioPlans.of(system)) {
				if (plan.element() == system) {
					continue; // implied lifecycle: the started system covers it
				}
				CheckResult result = check(index, "after scenario " + plan.name(), plan.element(), plan.events(), options, started);
				if (result != null) {
					results.add(result);
				}
			}
		}
		return results;
	}

	/**
	 * Explores from the state {@code setup} leads to. Returns null when the setup itself ends in a bug
	 * check (a scenario that expects one): there is nothing after it to explore, and {@code ddi simulate}
	 * reports the scenario itself.
	 */
	private static CheckResult check(SystemIndex index, String origin, EObject originElement, List<SimEvent> setup, CheckOptions options,
			long started) {
		long begin = System.nanoTime();
		Machine start = Machine.initial(index);
		List<Finding> setupFindings = new ArrayList<>();
		for (int i = 0; i < setup.size(); i++) {
			Machine.Outcome outcome = start.apply(setup.get(i), i + 1, false);
			setupFindings.addAll(outcome.findings());
			if (outcome.bugCheck() != null) {
				if (originElement == index.system()) {
					break; // starting the system bug-checks: a defect of length 0
				}
				return null;
			}
		}
		SystemLayout system = index.system();
		Budget budget = new Budget(options, started, system.getName(), origin);
		boolean startIsSystem = originElement == system;
		// starting the system is part of every sequence: a violation while starting is a counterexample of length 0
		if (startIsSystem && Explorer.isDefect(new Machine.Outcome(null, setupFindings, List.of()))) {
			Counterexample counterexample = counterexample(index, setup, List.of(), system);
			return new CheckResult(system, origin, originElement, CheckVerdict.DEFECT, counterexample, null, 1, 0, 0, 0, ms(begin));
		}
		List<boolean[]> slices = options.reduce() ? Slices.of(index, TeardownEvents.pendingQueryRemove(start)) : Slices.whole(index);
		budget.slices = slices.size();
		Explorer explorer = new Explorer(new TeardownEvents(index));
		List<SimEvent> best = null;
		Bound bound = null;
		for (int s = 0; s < slices.size(); s++) {
			budget.slice = s + 1;
			int limit = best == null ? options.maxDepth() : best.size() - 1;
			if (limit <= 0) {
				break;
			}
			List<SimEvent> found = explorer.search(start.copy(), slices.get(s), limit, setup.size() + 1, budget);
			if (found != null && (best == null || found.size() < best.size())) {
				best = found;
			}
			if (budget.hit != null && budget.hit != Bound.DEPTH) {
				bound = budget.hit;
				break; // states, time or cancellation: the other slices get nothing more
			}
			if (budget.hit == Bound.DEPTH) {
				bound = Bound.DEPTH;
				budget.hit = null; // the depth bound cuts this slice only
			}
		}
		if (best != null) {
			Counterexample counterexample = counterexample(index, setup, best, system);
			return new CheckResult(system, origin, originElement, CheckVerdict.DEFECT, counterexample, null, budget.states, budget.transitions,
					budget.deepest, slices.size(), ms(begin));
		}
		return new CheckResult(system, origin, originElement, bound == null ? CheckVerdict.PASS : CheckVerdict.INCONCLUSIVE, null, bound, budget.states,
				budget.transitions, budget.deepest, slices.size(), ms(begin));
	}

	/** Replays setup and events with trace, and prints them as a scenario. */
	private static Counterexample counterexample(SystemIndex index, List<SimEvent> setup, List<SimEvent> events, SystemLayout system) {
		Machine machine = Machine.initial(index);
		List<TraceEntry> trace = new ArrayList<>();
		List<Finding> last = List.of();
		org.ddistudio.sim.BugCheck bugCheck = null;
		int step = 0;
		for (SimEvent event : setup) {
			Machine.Outcome outcome = machine.apply(event, ++step, true);
			trace.addAll(outcome.trace());
			last = outcome.findings();
			bugCheck = outcome.bugCheck();
		}
		boolean[] held = new boolean[events.size()];
		for (int i = 0; i < events.size(); i++) {
			Machine.Outcome outcome = machine.apply(events.get(i), ++step, true);
			trace.addAll(outcome.trace());
			last = outcome.findings();
			bugCheck = outcome.bugCheck();
			if (events.get(i) instanceof SimEvent.Acquire acquire) {
				int slot = index.holdingId(acquire.device(), acquire.consumer());
				held[i] = slot >= 0 && machine.holding(slot) != Machine.HoldState.NONE;
			}
		}
		Finding violation = last.stream().filter(f -> Invariant.violatedBy(f) != null).findFirst()
				.orElseThrow(() -> new IllegalStateException("the counterexample does not replay: " + events));
		Invariant invariant = Invariant.violatedBy(violation);
		String name = "Teardown" + camel(invariant.name());
		String comment = "ddi check counterexample: " + violation.message() + " (" + violation.kind().code() + ")"
				+ (bugCheck != null ? "; fails with bug check " + bugCheck.describe() + " until the model is fixed" : "");
		String scenario = ScenarioText.print(name, comment, setup, events, held);
		return new Counterexample(setup, events, List.copyOf(trace), violation, invariant, bugCheck, scenario);
	}

	private static String camel(String constant) {
		StringBuilder out = new StringBuilder();
		for (String part : constant.split("_")) {
			out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return out.toString();
	}

	private static long ms(long begin) {
		return (System.nanoTime() - begin) / 1_000_000;
	}
}
