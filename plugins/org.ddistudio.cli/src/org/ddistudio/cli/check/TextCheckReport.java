/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.check;

import java.nio.file.Path;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.check.Counterexample;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.sim.TraceEntry;

/**
 * For people: per system and start state the verdict; for a defect the counterexample as an event trace
 * (each event numbered, what it causes indented), the violation with its .ddi location, and the
 * regression scenario to paste into the system.
 */
public final class TextCheckReport implements CheckReport {

	@Override
	public String render(CheckRun run, DdiWorkspace workspace, Path cwd) {
		StringBuilder out = new StringBuilder();
		for (CheckResult result : run.results()) {
			out.append("== check ").append(result.system().getName()).append(" (").append(result.origin()).append(")\n");
			Counterexample counterexample = result.counterexample();
			if (counterexample != null) {
				out.append("counterexample (").append(counterexample.length()).append(" teardown event(s) after the start state):\n");
				for (TraceEntry entry : counterexample.trace()) {
					out.append(entry.depth() == 0 ? String.format("%4d  ", entry.step()) : "      ").append("  ".repeat(entry.depth()))
							.append(entry.text()).append('\n');
				}
				String where = workspace.locate(counterexample.finding().element()).map(l -> l.describe() + ": ").orElse("");
				out.append(where).append(counterexample.invariant().code()).append(' ').append(counterexample.finding().kind().code()).append(": ")
						.append(counterexample.finding().message()).append(" [step ").append(counterexample.finding().step()).append("]\n");
				out.append("regression scenario (paste into system ").append(result.system().getName()).append("):\n");
				counterexample.scenario().lines().forEach(line -> out.append("    ").append(line).append('\n'));
			}
			out.append(result.verdict() == CheckVerdict.PASS ? "PASS" : result.verdict() == CheckVerdict.DEFECT ? "DEFECT" : "INCONCLUSIVE").append(' ')
					.append(result.system().getName()).append(" (").append(result.origin()).append("): ").append(result.summary()).append(" in ")
					.append(result.elapsedMs()).append(" ms\n\n");
		}
		out.append(run.results().size()).append(" check(s): ").append(run.count(CheckVerdict.PASS)).append(" pass, ").append(run.count(CheckVerdict.DEFECT))
				.append(" defect, ").append(run.count(CheckVerdict.INCONCLUSIVE)).append(" inconclusive\n");
		return out.toString();
	}
}
