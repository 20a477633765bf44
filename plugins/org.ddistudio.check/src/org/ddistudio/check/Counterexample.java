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

import java.util.List;

import org.ddistudio.sim.BugCheck;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.SimEvent;
import org.ddistudio.sim.TraceEntry;

/**
 * A shortest sequence of teardown events that breaks an invariant.
 *
 * @param setup     the events that lead to the start state (start all, or a scenario's steps); steps 1..n
 * @param events    the teardown events after it, in order (their number is the counterexample's length)
 * @param trace     the replayed trace of setup and events, with the simulator's explanations
 * @param finding   the violation (the first finding of the last event that breaks an invariant)
 * @param invariant the invariant it breaks
 * @param bugCheck  the bug check the sequence ends in, or null
 * @param scenario  the sequence as a DDI scenario, to paste into the system as a regression test
 */
public record Counterexample(List<SimEvent> setup, List<SimEvent> events, List<TraceEntry> trace, Finding finding, Invariant invariant,
		BugCheck bugCheck, String scenario) {

	/** The number of teardown events after the start state. */
	public int length() {
		return events.size();
	}
}
