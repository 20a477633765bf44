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

import java.util.List;

/**
 * Runs a scenario plan one event at a time, as a debugger steps it: between two events the caller sees
 * the state ({@link #state()}), the event to come ({@link #next()}) and what the last one did. Stepping
 * to the end gives exactly the result {@link Simulator#run(ScenarioPlan, java.util.function.BooleanSupplier)}
 * gives: both run the same loop.
 */
public final class ScenarioStepper {

	/**
	 * What one event did.
	 *
	 * @param number   its 1-based number in the plan
	 * @param event    the event
	 * @param trace    the trace lines it added
	 * @param findings the findings it raised
	 * @param bugCheck the bug check it ended in (the plan is then finished), or null
	 * @param queries  the query interface requests it sent, in order, with their paths
	 */
	public record Step(int number, SimEvent event, List<TraceEntry> trace, List<Finding> findings, BugCheck bugCheck,
			List<SentQuery> queries) {
	}

	private final ScenarioPlan plan;
	private final Execution execution;

	/** A stepper at the start of the plan: nothing run, nothing started. */
	public ScenarioStepper(ScenarioPlan plan) {
		this.plan = plan;
		this.execution = new Execution(plan, () -> false);
	}

	public ScenarioPlan plan() {
		return plan;
	}

	/** Every event ran, or the machine bug-checked, or the plan was cut at {@link Simulator#MAX_EVENTS}. */
	public boolean finished() {
		return execution.finished();
	}

	/** The event {@link #step()} runs next, or null when finished. */
	public SimEvent next() {
		return finished() ? null : plan.events().get(execution.step());
	}

	/** How many events have run. */
	public int position() {
		return execution.step();
	}

	/** Runs the next event. */
	public Step step() {
		if (finished()) {
			throw new IllegalStateException("the scenario " + plan.name() + " is finished");
		}
		SimEvent event = next();
		int traced = execution.trace().size();
		int found = execution.findings().size();
		int sent = execution.sent().size();
		execution.next();
		List<Finding> findings = List.copyOf(execution.findings().subList(found, execution.findings().size()));
		BugCheck bugCheck = findings.stream().map(Finding::bugCheck).filter(b -> b != null).findFirst().orElse(null);
		return new Step(execution.step(), event, List.copyOf(execution.trace().subList(traced, execution.trace().size())), findings, bugCheck,
				List.copyOf(execution.sent().subList(sent, execution.sent().size())));
	}

	/** A copy of the state between events: device, registration (reference counts), image, target and holding states. */
	public Machine state() {
		return Machine.snapshot(execution.state());
	}

	/** The result of the events run so far; once finished, the scenario's result. */
	public ScenarioResult result() {
		return execution.result();
	}
}
