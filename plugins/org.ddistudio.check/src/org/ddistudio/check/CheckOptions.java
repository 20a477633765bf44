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

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Bounds and switches of a check. Every search is bounded: by distinct states, by depth (events after the
 * start) and by wall time; hitting one ends the search with {@link CheckVerdict#INCONCLUSIVE} instead of a hang.
 *
 * @param maxStates      the most distinct states explored (over all slices of one start state)
 * @param maxDepth       the most teardown events in a sequence
 * @param timeout        wall-clock budget of the whole check
 * @param reduce         explore independent slices separately (see {@link Slices}); false explores the whole system at once
 * @param afterScenarios also explore from the state each scenario of the system ends in
 * @param progress       called about once a second while a search runs (may be null)
 * @param cancelled      polled during the search; true stops it (may be null)
 */
public record CheckOptions(long maxStates, int maxDepth, Duration timeout, boolean reduce, boolean afterScenarios, Consumer<Progress> progress,
		BooleanSupplier cancelled) {

	public static final long DEFAULT_MAX_STATES = 2_000_000;
	public static final int DEFAULT_MAX_DEPTH = 64;
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

	/** The defaults: 2,000,000 states, depth 64, 300 s, reduced, from the started system only. */
	public static CheckOptions defaults() {
		return new CheckOptions(DEFAULT_MAX_STATES, DEFAULT_MAX_DEPTH, DEFAULT_TIMEOUT, true, false, null, null);
	}

	public CheckOptions withMaxStates(long value) {
		return new CheckOptions(value, maxDepth, timeout, reduce, afterScenarios, progress, cancelled);
	}

	public CheckOptions withMaxDepth(int value) {
		return new CheckOptions(maxStates, value, timeout, reduce, afterScenarios, progress, cancelled);
	}

	public CheckOptions withTimeout(Duration value) {
		return new CheckOptions(maxStates, maxDepth, value, reduce, afterScenarios, progress, cancelled);
	}

	public CheckOptions withReduce(boolean value) {
		return new CheckOptions(maxStates, maxDepth, timeout, value, afterScenarios, progress, cancelled);
	}

	public CheckOptions withAfterScenarios(boolean value) {
		return new CheckOptions(maxStates, maxDepth, timeout, reduce, value, progress, cancelled);
	}

	public CheckOptions withProgress(Consumer<Progress> value) {
		return new CheckOptions(maxStates, maxDepth, timeout, reduce, afterScenarios, value, cancelled);
	}

	public CheckOptions withCancelled(BooleanSupplier value) {
		return new CheckOptions(maxStates, maxDepth, timeout, reduce, afterScenarios, progress, value);
	}
}
