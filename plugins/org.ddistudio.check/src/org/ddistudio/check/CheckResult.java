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

import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;

/**
 * The verdict of exploring one system from one start state.
 *
 * @param system         the system
 * @param origin         "started system", or "after scenario NAME"
 * @param originElement  the system, or the scenario
 * @param verdict        pass, defect or inconclusive
 * @param counterexample for a defect, a shortest counterexample; null otherwise
 * @param bound          for inconclusive, the bound that ended the search; null otherwise
 * @param states         distinct states explored (over all slices)
 * @param transitions    events applied
 * @param depth          the deepest level of events expanded
 * @param slices         the number of slices explored (1 without reduction)
 * @param elapsedMs      wall time of this search
 */
public record CheckResult(SystemLayout system, String origin, EObject originElement, CheckVerdict verdict, Counterexample counterexample,
		Bound bound, long states, long transitions, int depth, int slices, long elapsedMs) {

	/** One line: the verdict and what it rests on. */
	public String summary() {
		return switch (verdict) {
		case PASS -> "pass: " + states + " states, " + transitions + " transitions, depth " + depth + ", " + slices + " slice(s), every state explored";
		case DEFECT -> "defect: " + counterexample.invariant().title() + " is violated after " + counterexample.length() + " event(s)"
				+ (counterexample.bugCheck() != null ? ", bug check " + counterexample.bugCheck().describe() : "") + " ("
				+ counterexample.finding().kind().code() + ")";
		case INCONCLUSIVE -> "inconclusive: the " + bound.text() + " was hit after " + states + " states, " + transitions
				+ " transitions, depth " + depth + "; no defect in what was explored";
		};
	}
}
