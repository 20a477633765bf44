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
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.report.Xml;
import org.ddistudio.sim.TraceEntry;

/**
 * JUnit XML, so that CI shows each system and start state as a test case: a failure for a defect (type =
 * the invariant's rule id, with the trace and the regression scenario as system-out), skipped for an
 * inconclusive search (the message says which bound was hit).
 */
public final class JunitCheckReport implements CheckReport {

	@Override
	public String render(CheckRun run, DdiWorkspace workspace, Path cwd) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<testsuites name=\"ddi check\" tests=\"").append(run.results().size()).append("\" failures=\"").append(run.count(CheckVerdict.DEFECT))
				.append("\" skipped=\"").append(run.count(CheckVerdict.INCONCLUSIVE)).append("\">\n");
		out.append("  <testsuite name=\"teardown\" tests=\"").append(run.results().size()).append("\" failures=\"").append(run.count(CheckVerdict.DEFECT))
				.append("\" errors=\"0\" skipped=\"").append(run.count(CheckVerdict.INCONCLUSIVE)).append("\">\n");
		for (CheckResult result : run.results()) {
			out.append("    <testcase classname=\"").append(Xml.escape(result.system().getName())).append("\" name=\"").append(Xml.escape(result.origin()))
					.append("\" time=\"").append(String.format(java.util.Locale.ROOT, "%.3f", result.elapsedMs() / 1000.0)).append("\">\n");
			if (result.verdict() == CheckVerdict.DEFECT) {
				out.append("      <failure message=\"").append(Xml.escape(result.summary())).append("\" type=\"")
						.append(result.counterexample().invariant().code()).append("\"/>\n");
				StringBuilder text = new StringBuilder();
				for (TraceEntry entry : result.counterexample().trace()) {
					text.append(entry.step()).append(' ').append("  ".repeat(entry.depth())).append(entry.text()).append('\n');
				}
				String where = workspace.locate(result.counterexample().finding().element()).map(l -> l.describe() + ": ").orElse("");
				text.append(where).append(result.counterexample().finding().message()).append('\n').append(result.counterexample().scenario());
				out.append("      <system-out>").append(Xml.escape(text.toString())).append("</system-out>\n");
			} else if (result.verdict() == CheckVerdict.INCONCLUSIVE) {
				out.append("      <skipped message=\"").append(Xml.escape(result.summary())).append("\"/>\n");
			}
			out.append("    </testcase>\n");
		}
		return out.append("  </testsuite>\n</testsuites>\n").toString();
	}

}
