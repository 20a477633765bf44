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
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

/**
 * What a run of events records: the trace, the findings, the queries sent with their paths, the number of
 * the event being run and the bug check that ended the run. The parts of the semantics report through it
 * and stop the run through {@link #crash} (wdf-semantics.md §5: the bug check codes and when they apply).
 * Trace texts are built lazily, only when tracing: the teardown checker applies events with the trace off.
 */
final class Journal {

	/** Raised to stop the run when the machine bug-checks. */
	static final class Crash extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Crash() {
			super(null, null, false, false);
		}
	}

	private final boolean tracing;
	private final List<TraceEntry> trace = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();
	/** The queries routed while tracing, with their paths (a debugger shows the last ones as frames). */
	private final List<SentQuery> sent = new ArrayList<>();
	private int step;
	private BugCheck bugCheck;

	/** {@code step} numbers the events already run: the next one gets {@code step + 1}. */
	Journal(boolean tracing, int step) {
		this.tracing = tracing;
		this.step = step;
	}

	boolean tracing() {
		return tracing;
	}

	/** The number of the event being run (of the last one, between events). */
	int step() {
		return step;
	}

	/** The next event starts: what it records gets the next number. */
	void advance() {
		step++;
	}

	/** The bug check the run ended in, or null. */
	BugCheck bugCheck() {
		return bugCheck;
	}

	List<TraceEntry> trace() {
		return trace;
	}

	List<Finding> findings() {
		return findings;
	}

	List<SentQuery> sent() {
		return sent;
	}

	void log(int depth, Supplier<String> text, EObject element) {
		if (tracing) {
			trace.add(new TraceEntry(step, depth, text.get(), element));
		}
	}

	/** Records a query routed while tracing. */
	void sent(SentQuery query) {
		sent.add(query);
	}

	void finding(FindingKind kind, String message, EObject element) {
		findings.add(new Finding(kind, message, element, step, null));
		log(1, () -> kind.code() + " " + message, element);
	}

	void expectationFailed(String message, EObject element) {
		finding(FindingKind.EXPECTATION_FAILED, message, element);
	}

	/** The machine bug-checks: recorded, then the run stops ({@link Crash} unwinds to the event loop). */
	void crash(BugCheck code, String message, EObject source, EObject culprit) {
		bugCheck = code;
		findings.add(new Finding(FindingKind.BUG_CHECK, "bug check " + code.describe() + ": " + message, culprit, step, code));
		log(1, () -> "*** BUG CHECK " + code.describe() + ": " + message, source);
		throw new Crash();
	}
}
