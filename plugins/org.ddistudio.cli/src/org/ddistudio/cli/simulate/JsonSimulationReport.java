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
import org.ddistudio.cli.report.Locations;
import org.ddistudio.sim.BugCheck;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.TraceEntry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Machine-readable results. The schema (documented in docs/simulate-json.md) is stable: fields are
 * only ever added, and {@link #SCHEMA_VERSION} changes when a field changes meaning.
 */
public final class JsonSimulationReport implements SimulationReport {

	/** Version of the JSON schema. */
	public static final int SCHEMA_VERSION = 1;

	private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Override
	public String render(SimulationResults run, DdiWorkspace workspace, Path cwd) {
		ObjectNode root = mapper.createObjectNode();
		root.put("schemaVersion", SCHEMA_VERSION);
		root.put("tool", "ddi simulate");
		root.put("abi", "x64");
		ArrayNode scenarios = root.putArray("scenarios");
		for (SimulationResults.SystemResults system : run.systems()) {
			for (ScenarioResult result : system.results()) {
				ObjectNode scenario = scenarios.addObject();
				scenario.put("name", result.name());
				scenario.put("system", system.system().getName());
				scenario.put("verdict", result.verdict().name());
				scenario.put("summary", result.summary());
				bugCheck(scenario, result.bugCheck());
				Locations.json(scenario, workspace, result.element());
				ArrayNode trace = scenario.putArray("trace");
				for (TraceEntry entry : result.trace()) {
					ObjectNode line = trace.addObject();
					line.put("step", entry.step());
					line.put("depth", entry.depth());
					line.put("text", entry.text());
					Locations.json(line, workspace, entry.element());
				}
				ArrayNode findings = scenario.putArray("findings");
				for (Finding finding : result.findings()) {
					ObjectNode f = findings.addObject();
					f.put("code", finding.kind().code());
					f.put("kind", finding.kind().name());
					f.put("message", finding.message());
					f.put("step", finding.step());
					bugCheck(f, finding.bugCheck());
					Locations.json(f, workspace, finding.element());
				}
			}
		}
		ObjectNode summary = root.putObject("summary");
		summary.put("scenarios", run.scenarios());
		summary.put("passed", run.scenarios() - run.failed());
		summary.put("failed", run.failed());
		try {
			return mapper.writeValueAsString(root) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void bugCheck(ObjectNode node, BugCheck bugCheck) {
		if (bugCheck == null) {
			node.putNull("bugCheck");
		} else {
			ObjectNode b = node.putObject("bugCheck");
			b.put("code", String.format("0x%X", bugCheck.code()));
			b.put("name", bugCheck.name());
		}
	}

}
