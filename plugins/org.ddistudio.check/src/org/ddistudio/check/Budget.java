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

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The bounds of one origin's search, shared by its slices, and the counters reported with the verdict and
 * in progress lines. The clock and the cancel flag are polled every 16 expansions (an expansion applies
 * every enabled event of a state, microseconds each, so a bound stops the search within milliseconds).
 */
final class Budget {
	private final long maxStates;
	final int maxDepth;
	private final long deadline;
	private final long started;
	private final BooleanSupplier cancelled;
	private final Consumer<Progress> progress;
	private final String system;
	private final String origin;
	private long nextReport;
	private int polls;

	long states;
	long transitions;
	int deepest;
	Bound hit;
	int slice;
	int slices;

	Budget(CheckOptions options, long started, String system, String origin) {
		this.maxStates = options.maxStates();
		this.maxDepth = options.maxDepth();
		this.started = started;
		// a zero or negative timeout has already expired; a huge one is capped (no overflow of the clock arithmetic)
		long timeout = Math.min(options.timeout().getSeconds(), 315_360_000L) * 1_000_000_000L + options.timeout().getNano();
		this.deadline = started + timeout;
		this.cancelled = options.cancelled();
		this.progress = options.progress();
		this.system = system;
		this.origin = origin;
		this.nextReport = started + 1_000_000_000L;
	}

	/** Counts a new distinct state; false when that exceeds the state bound (recorded). */
	boolean admit() {
		if (++states > maxStates) {
			hit = Bound.STATES;
			return false;
		}
		return true;
	}

	/** Polls time and cancellation (cheaply) and reports progress; true when the search must stop. */
	boolean stop(int frontier, int depth) {
		if (hit != null) {
			return true;
		}
		if ((++polls & 0xF) != 0) {
			return false;
		}
		long now = System.nanoTime();
		if (cancelled != null && cancelled.getAsBoolean()) {
			hit = Bound.CANCELLED;
			return true;
		}
		if (now - deadline > 0) {
			hit = Bound.TIME;
			return true;
		}
		if (progress != null && now - nextReport > 0) {
			nextReport = now + 1_000_000_000L;
			progress.accept(new Progress(system, origin, slice, slices, states, frontier, depth, (now - started) / 1_000_000));
		}
		return false;
	}

	long elapsedMs() {
		return (System.nanoTime() - started) / 1_000_000;
	}
}
