/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.rules;

import java.util.Collection;

/**
 * The exit status of every ddi command and of every IDE run (its process in the Debug view exits with
 * what the command line would return). Scripts and CI jobs branch on these numbers, so they are part of
 * the command line contract; {@link #of(boolean, boolean)} and {@link #ofSeverities(Collection)} are the
 * one place a run's status is derived.
 */
public enum ExitStatus {
	/** Clean, warnings only, every scenario passed, or the check passed. */
	OK(0),
	/**
	 * The input has problems: errors (validate), a failed scenario (simulate), a defect (check), or
	 * files that cannot be processed as asked (format of a broken file, generate over foreign files).
	 */
	FINDINGS(1),
	/**
	 * The command could not do its job: bad usage, unreadable or missing input, a model that cannot run
	 * (syntax or reference errors, no system, no scenario of that name), an internal error.
	 */
	USAGE(2),
	/**
	 * No defect found, but the answer is incomplete: a check's state, depth or time bound was hit (or an
	 * IDE run was terminated before the end).
	 */
	INCONCLUSIVE(3);

	private final int code;

	ExitStatus(int code) {
		this.code = code;
	}

	/** The process exit code. */
	public int code() {
		return code;
	}

	/** A validation: {@link #FINDINGS} when any finding is an error; warnings and notes do not fail it. */
	public static ExitStatus ofSeverities(Collection<Severity> severities) {
		return severities.contains(Severity.ERROR) ? FINDINGS : OK;
	}

	/**
	 * A run of scenarios or teardown checks: a failure outranks an incomplete run (what was found stays
	 * found), and an incomplete run without failures is {@link #INCONCLUSIVE}.
	 *
	 * @param failed     whether a scenario failed or a check found a defect
	 * @param incomplete whether a bound cut the run short (or it was terminated)
	 */
	public static ExitStatus of(boolean failed, boolean incomplete) {
		if (failed) {
			return FINDINGS;
		}
		return incomplete ? INCONCLUSIVE : OK;
	}
}
