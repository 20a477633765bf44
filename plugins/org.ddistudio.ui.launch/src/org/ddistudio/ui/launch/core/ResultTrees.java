/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.Counterexample;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.TraceEntry;
import org.ddistudio.ui.launch.core.ResultNode.Kind;
import org.ddistudio.ui.launch.core.ResultNode.Status;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns the simulator's and checker's results into the results tree: scenario (verdict) → findings and
 * the trace, nested as the trace's depths say (event → what it causes → a request's path).
 */
public final class ResultTrees {

	private ResultTrees() {
	}

	public static ResultNode of(ScenarioResult result, SystemLayout system) {
		Set<EObject> devices = new LinkedHashSet<>();
		result.findings().forEach(f -> devices.addAll(devicesOf(f, result.trace())));
		Status status = result.verdict() == org.ddistudio.sim.Verdict.PASS ? Status.PASS : Status.FAIL;
		String bugCheck = result.bugCheck() == null ? "" : " [bug check " + result.bugCheck().describe() + "]";
		ResultNode node = new ResultNode(Kind.SCENARIO, result.name() + ": " + result.summary() + bugCheck, status,
				ElementLocation.of(result.element()), system, devices);
		if (!result.findings().isEmpty()) {
			ResultNode findings = node.add(group("Findings (" + result.findings().size() + ")", status, system, devices));
			for (Finding finding : result.findings()) {
				findings.add(finding(finding, system, result.trace()));
			}
		}
		node.add(trace("Trace (" + result.trace().size() + " lines)", result.trace(), system));
		return node;
	}

	public static ResultNode of(CheckResult result) {
		SystemLayout system = result.system();
		Status status = switch (result.verdict()) {
		case PASS -> Status.PASS;
		case DEFECT -> Status.DEFECT;
		case INCONCLUSIVE -> Status.INCONCLUSIVE;
		};
		Counterexample counterexample = result.counterexample();
		Set<EObject> devices = new LinkedHashSet<>();
		if (counterexample != null) {
			counterexample.trace().forEach(t -> devices.addAll(Devices.of(t.element())));
			devices.addAll(Devices.of(counterexample.finding().element()));
		}
		ResultNode node = new ResultNode(Kind.CHECK, "check " + system.getName() + " (" + result.origin() + "): " + result.summary(), status,
				ElementLocation.of(result.originElement()), system, devices);
		if (counterexample != null) {
			node.add(finding(counterexample.finding(), system, counterexample.trace()));
			node.add(trace("Counterexample (" + counterexample.length() + " event(s) after the start)", counterexample.trace(), system));
			ResultNode scenario = node.add(group("As a regression scenario", null, system, Set.of()));
			for (String line : counterexample.scenario().split("\n")) {
				scenario.add(new ResultNode(Kind.TEXT, line, null, null, system, Set.of()));
			}
		}
		return node;
	}

	static ResultNode finding(Finding finding, SystemLayout system, List<TraceEntry> trace) {
		String text = finding.kind().code() + " " + finding.message() + " (step " + finding.step() + ")";
		return new ResultNode(Kind.FINDING, text, null, ElementLocation.of(finding.element()), system, devicesOf(finding, trace));
	}

	/**
	 * The devices a finding involves: its element's, and those of the trace lines of its step (a
	 * finding on a consumer names a driver, not a device; the step's lines say where it happened).
	 */
	static Set<EObject> devicesOf(Finding finding, List<TraceEntry> trace) {
		Set<EObject> devices = new LinkedHashSet<>(Devices.of(finding.element()));
		for (TraceEntry entry : trace) {
			if (entry.step() == finding.step()) {
				devices.addAll(Devices.of(entry.element()));
			}
		}
		return devices;
	}

	/** The trace as a tree: each entry goes under the nearest earlier entry of smaller depth. */
	static ResultNode trace(String title, List<TraceEntry> trace, SystemLayout system) {
		ResultNode root = group(title, null, system, Set.of());
		List<ResultNode> open = new ArrayList<>(); // open.get(d): the last node of depth d
		open.add(root);
		for (TraceEntry entry : trace) {
			int depth = Math.max(0, entry.depth());
			ResultNode parent = open.get(Math.min(depth, open.size() - 1));
			ResultNode node = parent.add(new ResultNode(Kind.TRACE, entry.step() + ": " + entry.text(), null, ElementLocation.of(entry.element()),
					system, Devices.of(entry.element())));
			while (open.size() > depth + 1) {
				open.remove(open.size() - 1);
			}
			// a deeper entry whose parent level is missing hangs under the nearest level there is
			open.add(node);
		}
		return root;
	}

	private static ResultNode group(String title, Status status, SystemLayout system, Set<EObject> devices) {
		return new ResultNode(Kind.GROUP, title, status, null, system, devices);
	}
}
