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
import java.util.List;

import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.report.Locations;
import org.ddistudio.cli.report.SarifLog;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.TraceEntry;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Result;

/**
 * SARIF 2.1.0: one result per finding, located at the .ddi element that causes it, with the
 * scenario's trace up to the finding as a code flow (each event a thread flow location).
 */
public final class SarifSimulationReport implements SimulationReport {

	@Override
	public String render(SimulationResults run, DdiWorkspace workspace, Path cwd) {
		SarifLog log = new SarifLog("DDI Studio simulator", FindingKind.values(), FindingKind::name);
		for (SimulationResults.SystemResults system : run.systems()) {
			for (ScenarioResult scenario : system.results()) {
				for (Finding finding : scenario.findings()) {
					FindingKind kind = finding.kind();
					Result result = log.add(kind.code(), kind.defaultSeverity(),
							"scenario " + scenario.name() + ", step " + finding.step() + ": " + finding.message());
					Locations.sarif(workspace, finding.element(), cwd).ifPresent(l -> result.setLocations(List.of(l)));
					result.setCodeFlows(List.of(codeFlow(scenario, finding, workspace, cwd)));
				}
			}
		}
		return log.render();
	}

	/** The scenario's trace up to the finding's step. */
	private static CodeFlow codeFlow(ScenarioResult scenario, Finding finding, DdiWorkspace workspace, Path cwd) {
		List<TraceEntry> upToFinding = scenario.trace().stream().filter(e -> e.step() <= finding.step()).toList();
		return Locations.codeFlow("scenario " + scenario.name(), upToFinding, workspace, cwd);
	}
}
