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
import org.ddistudio.cli.report.Xml;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.TraceEntry;
import org.ddistudio.sim.Verdict;

/**
 * JUnit XML, so that any CI shows each scenario as a test case: one testsuite per system, a failure
 * element for a failed scenario, the trace and the findings as system-out.
 */
public final class JunitSimulationReport implements SimulationReport {

	@Override
	public String render(SimulationResults run, DdiWorkspace workspace, Path cwd) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<testsuites name=\"ddi simulate\" tests=\"").append(run.scenarios()).append("\" failures=\"").append(run.failed())
				.append("\">\n");
		for (SimulationResults.SystemResults system : run.systems()) {
			long failed = system.results().stream().filter(r -> r.verdict() == Verdict.FAIL).count();
			out.append("  <testsuite name=\"").append(Xml.escape(system.system().getName())).append("\" tests=\"").append(system.results().size())
					.append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\">\n");
			for (ScenarioResult result : system.results()) {
				out.append("    <testcase classname=\"").append(Xml.escape(system.system().getName())).append("\" name=\"").append(Xml.escape(result.name()))
						.append("\">\n");
				if (result.verdict() == Verdict.FAIL) {
					out.append("      <failure message=\"").append(Xml.escape(failureMessage(result))).append("\" type=\"")
							.append(result.bugCheck() != null ? "BugCheck" : "ExpectationFailed").append("\"/>\n");
				}
				out.append("      <system-out>");
				StringBuilder text = new StringBuilder();
				for (TraceEntry entry : result.trace()) {
					text.append(entry.step()).append(' ').append("  ".repeat(entry.depth())).append(entry.text()).append('\n');
				}
				for (Finding finding : result.findings()) {
					String where = workspace.locate(finding.element()).map(l -> l.describe() + ": ").orElse("");
					text.append(where).append(finding.kind().code()).append(": ").append(finding.message()).append('\n');
				}
				out.append(Xml.escape(text.toString())).append("</system-out>\n    </testcase>\n");
			}
			out.append("  </testsuite>\n");
		}
		return out.append("</testsuites>\n").toString();
	}

	/** The summary and the first failed expectation, so a CI page says what went wrong at a glance. */
	private static String failureMessage(ScenarioResult result) {
		return result.findings().stream().filter(f -> f.kind() == org.ddistudio.sim.FindingKind.EXPECTATION_FAILED).findFirst()
				.map(f -> result.summary() + ": step " + f.step() + ": " + f.message()).orElse(result.summary());
	}

}
