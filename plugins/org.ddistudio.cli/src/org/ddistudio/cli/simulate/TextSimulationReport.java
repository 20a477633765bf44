/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.simulate;

import java.nio.file.Path;

import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.TraceEntry;

/**
 * For people: per scenario the trace (each event numbered, what it causes indented, each request's
 * path device by device), the findings with their .ddi locations, and a one-line verdict.
 */
public final class TextSimulationReport implements SimulationReport {

	@Override
	public String render(SimulationResults run, DdiWorkspace workspace, Path cwd) {
		StringBuilder out = new StringBuilder();
		for (SimulationResults.SystemResults system : run.systems()) {
			for (ScenarioResult result : system.results()) {
				out.append("== scenario ").append(result.name()).append(" (system ").append(system.system().getName()).append(")\n");
				for (TraceEntry entry : result.trace()) {
					out.append(entry.depth() == 0 ? String.format("%4d  ", entry.step()) : "      ")
							.append("  ".repeat(entry.depth())).append(entry.text()).append('\n');
				}
				for (Finding finding : result.findings()) {
					String where = workspace.locate(finding.element()).map(l -> l.describe() + ": ").orElse("");
					out.append(where).append(finding.kind().code()).append(": ").append(finding.message())
							.append(" [step ").append(finding.step()).append("]\n");
				}
				out.append(result.verdict()).append(' ').append(result.name()).append(": ").append(result.summary()).append("\n\n");
			}
		}
		out.append(run.scenarios()).append(" scenario(s): ").append(run.scenarios() - run.failed()).append(" passed, ")
				.append(run.failed()).append(" failed\n");
		return out.toString();
	}
}
