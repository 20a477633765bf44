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
import java.util.List;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.Counterexample;
import org.ddistudio.check.Invariant;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.report.Locations;
import org.ddistudio.cli.report.SarifLog;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Result;

/**
 * SARIF 2.1.0: one error result per defect, ruled by the violated invariant (CHK001..CHK007), located at
 * the .ddi element that causes it, with the counterexample as a code flow (each event and what it causes
 * a thread flow location, nested as in the trace) and the regression scenario in the message.
 */
public final class SarifCheckReport implements CheckReport {

	@Override
	public String render(CheckRun run, DdiWorkspace workspace, Path cwd) {
		SarifLog log = new SarifLog("DDI Studio teardown checker", Invariant.values(), Invariant::name);
		for (CheckResult check : run.results()) {
			Counterexample c = check.counterexample();
			if (c == null) {
				continue;
			}
			Result result = log.add(c.invariant().code(), c.invariant().defaultSeverity(),
					"system " + check.system().getName() + " (" + check.origin() + "): " + c.finding().message()
							+ " after " + c.length() + " teardown event(s)"
							+ (c.bugCheck() != null ? ", bug check " + c.bugCheck().describe() : "") + ". Regression scenario:\n" + c.scenario());
			Locations.sarif(workspace, c.finding().element(), cwd).ifPresent(l -> result.setLocations(List.of(l)));
			result.setCodeFlows(List.of(codeFlow(check, workspace, cwd)));
		}
		return log.render();
	}

	private static CodeFlow codeFlow(CheckResult check, DdiWorkspace workspace, Path cwd) {
		return Locations.codeFlow("counterexample from the " + check.origin(), check.counterexample().trace(), workspace, cwd);
	}

}
