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
import org.ddistudio.cli.report.Locations;
import org.ddistudio.sim.TraceEntry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Machine-readable results: one entry per system and start state with its verdict, the search figures,
 * the bound for an inconclusive verdict, and for a defect the counterexample (events, trace, violation,
 * regression scenario). Fields are only ever added; {@link #SCHEMA_VERSION} changes when one changes meaning.
 */
public final class JsonCheckReport implements CheckReport {

	public static final int SCHEMA_VERSION = 1;

	private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Override
	public String render(CheckRun run, DdiWorkspace workspace, Path cwd) {
		ObjectNode root = mapper.createObjectNode();
		root.put("schemaVersion", SCHEMA_VERSION);
		root.put("tool", "ddi check");
		ObjectNode bounds = root.putObject("bounds");
		bounds.put("maxStates", run.options().maxStates());
		bounds.put("maxDepth", run.options().maxDepth());
		bounds.put("timeoutSeconds", run.options().timeout().toSeconds());
		bounds.put("reduction", run.options().reduce());
		ArrayNode results = root.putArray("results");
		for (CheckResult result : run.results()) {
			ObjectNode node = results.addObject();
			node.put("system", result.system().getName());
			node.put("origin", result.origin());
			node.put("verdict", result.verdict().name());
			node.put("summary", result.summary());
			if (result.bound() == null) {
				node.putNull("bound");
			} else {
				node.put("bound", result.bound().name());
			}
			node.put("states", result.states());
			node.put("transitions", result.transitions());
			node.put("depth", result.depth());
			node.put("slices", result.slices());
			node.put("elapsedMs", result.elapsedMs());
			Locations.json(node, workspace, result.originElement());
			Counterexample c = result.counterexample();
			if (c == null) {
				node.putNull("counterexample");
				continue;
			}
			ObjectNode ce = node.putObject("counterexample");
			ce.put("length", c.length());
			ce.put("invariant", c.invariant().name());
			ce.put("rule", c.invariant().code());
			ce.put("code", c.finding().kind().code());
			ce.put("kind", c.finding().kind().name());
			ce.put("message", c.finding().message());
			ce.put("step", c.finding().step());
			if (c.bugCheck() == null) {
				ce.putNull("bugCheck");
			} else {
				ObjectNode b = ce.putObject("bugCheck");
				b.put("code", String.format("0x%X", c.bugCheck().code()));
				b.put("name", c.bugCheck().name());
			}
			Locations.json(ce, workspace, c.finding().element());
			ArrayNode events = ce.putArray("events");
			ArrayNode trace = ce.putArray("trace");
			for (TraceEntry entry : c.trace()) {
				ObjectNode line = trace.addObject();
				line.put("step", entry.step());
				line.put("depth", entry.depth());
				line.put("text", entry.text());
				Locations.json(line, workspace, entry.element());
				if (entry.depth() == 0) {
					events.add(entry.text());
				}
			}
			ce.put("scenario", c.scenario());
		}
		ObjectNode summary = root.putObject("summary");
		summary.put("pass", run.count(CheckVerdict.PASS));
		summary.put("defect", run.count(CheckVerdict.DEFECT));
		summary.put("inconclusive", run.count(CheckVerdict.INCONCLUSIVE));
		try {
			return mapper.writeValueAsString(root) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
