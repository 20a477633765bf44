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
import java.util.function.BooleanSupplier;

import org.ddistudio.model.layout.Abi;

/**
 * Runs events on a {@link SimulationState}: each {@link SimEvent} goes to the part of the semantics it
 * belongs to (starting devices, interface queries, references and calls, PnP removal with the remote targets'
 * notifications, driver images), and what they report is kept in one {@link Journal}. Two uses: {@link #run()}
 * runs a whole plan from a system where nothing is started (the simulator); {@link #apply(SimEvent)} applies
 * one event to a given state (the teardown checker, which copies the state before each event and may switch
 * the trace off: trace texts are built lazily, only when traced).
 */
final class Execution {

	/** The simulator lays out interfaces as a 64-bit Windows does. */
	static final Abi ABI = Abi.X64;

	private final ScenarioPlan plan;
	private final BooleanSupplier cancelled;
	private final SimulationState state;
	private final Journal journal;
	private final DeviceStart starts;
	private final InterfaceQueries queries;
	private final InterfaceReferences references;
	private final PnpRemoval removal;
	private final DriverImages images;
	/** The plan was longer than {@link Simulator#MAX_EVENTS}: the rest is not run. */
	private boolean cut;

	Execution(ScenarioPlan plan, BooleanSupplier cancelled) {
		this(plan, cancelled, new SimulationState(new SystemIndex(plan.system())), new Journal(true, 0));
	}

	/** Applies events to {@code state} one at a time (it is changed in place); {@code step} numbers the next event. */
	Execution(SimulationState state, boolean tracing, int step) {
		this(null, () -> false, state, new Journal(tracing, step));
	}

	private Execution(ScenarioPlan plan, BooleanSupplier cancelled, SimulationState state, Journal journal) {
		this.plan = plan;
		this.cancelled = cancelled;
		this.state = state;
		this.journal = journal;
		this.references = new InterfaceReferences(state, journal);
		this.queries = new InterfaceQueries(state, journal, references);
		this.images = new DriverImages(state, journal);
		RemoteTargets targets = new RemoteTargets(state, journal, references, queries);
		this.starts = new DeviceStart(state, journal, images, queries, targets);
		this.removal = new PnpRemoval(state, journal, references, targets, images);
	}

	ScenarioResult run() {
		while (!finished()) {
			if (cancelled.getAsBoolean()) {
				journal.log(0, () -> "cancelled", null);
				break;
			}
			next();
		}
		return result();
	}

	/** The plan is done: every event ran, the machine bug-checked (nothing after it runs), or it was cut. */
	boolean finished() {
		return journal.bugCheck() != null || cut || journal.step() >= plan.events().size();
	}

	/** Runs the plan's next event (the simulator's loop, and a debugger's step); call only while not {@link #finished()}. */
	void next() {
		SimEvent event = plan.events().get(journal.step());
		journal.advance();
		if (journal.step() > Simulator.MAX_EVENTS) {
			journal.finding(FindingKind.EXPECTATION_FAILED, "scenario cut after " + Simulator.MAX_EVENTS + " events", plan.element());
			cut = true;
			return;
		}
		try {
			execute(event);
		} catch (Journal.Crash crash) {
			// the machine is down: finished() says so
		}
	}

	/** Events run so far (the number of the last one). */
	int step() {
		return journal.step();
	}

	/** Applies one event; returns the bug check it ended in, or null. After a bug check the state is not usable. */
	BugCheck apply(SimEvent event) {
		journal.advance();
		try {
			execute(event);
		} catch (Journal.Crash crash) {
			// the machine is down
		}
		return journal.bugCheck();
	}

	List<TraceEntry> trace() {
		return journal.trace();
	}

	List<Finding> findings() {
		return journal.findings();
	}

	List<SentQuery> sent() {
		return journal.sent();
	}

	SimulationState state() {
		return state;
	}

	/** The result of the events run so far: the scenario's result once {@link #finished()}. */
	ScenarioResult result() {
		BugCheck bugCheck = journal.bugCheck();
		Integer expected = plan.expectedBugCheck();
		// a copy: asking for the result between steps must not add the end-of-plan finding to the run
		List<Finding> findings = new ArrayList<>(journal.findings());
		List<String> problems = new ArrayList<>();
		if (bugCheck != null && (expected == null || expected != bugCheck.code())) {
			problems.add("unexpected bug check " + bugCheck.describe());
		}
		if (expected != null && (bugCheck == null || expected != bugCheck.code())) {
			String msg = String.format("expected bug check 0x%X, %s", expected, bugCheck == null ? "none occurred" : "got " + bugCheck.describe());
			problems.add(msg);
			findings.add(new Finding(FindingKind.EXPECTATION_FAILED, msg, plan.element(), journal.step(), null));
		}
		long failedExpectations = findings.stream().filter(f -> f.kind() == FindingKind.EXPECTATION_FAILED).count();
		if (failedExpectations > 0 && problems.isEmpty()) {
			problems.add(failedExpectations + " expectation(s) not met");
		}
		Verdict verdict = problems.isEmpty() ? Verdict.PASS : Verdict.FAIL;
		String summary = problems.isEmpty()
				? (bugCheck != null ? "bug check " + bugCheck.describe() + " as expected" : "all expectations met") + ", "
						+ findings.size() + " finding(s)"
				: String.join("; ", problems);
		return new ScenarioResult(plan.name(), plan.element(), verdict, summary, List.copyOf(journal.trace()), List.copyOf(findings), bugCheck);
	}

	/** Hands the event to the part of the semantics it belongs to. */
	private void execute(SimEvent event) {
		switch (event) {
		case SimEvent.Start start -> starts.start(start);
		case SimEvent.AcquireOnDemand acquire -> queries.acquireOnDemand(acquire);
		case SimEvent.CallAll callAll -> references.callAll(callAll);
		case SimEvent.Acquire acquire -> queries.acquire(acquire);
		case SimEvent.Use use -> references.use(use);
		case SimEvent.Query query -> queries.query(query);
		case SimEvent.Call call -> references.call(call);
		case SimEvent.Release release -> references.release(release);
		case SimEvent.Pnp pnp -> removal.pnp(pnp);
		case SimEvent.Unload unload -> images.unload(unload);
		case SimEvent.ReferenceCheck check -> references.check(check);
		}
	}
}
