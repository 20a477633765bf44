/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.SourceRegion;
import org.ddistudio.sim.TraceEntry;
import org.eclipse.emf.ecore.EObject;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where model elements are written, in the forms the reports need (SARIF locations, JSON objects). */
public final class Locations {

	private Locations() {
	}

	/** The SARIF location of an element, when it has one. */
	public static Optional<Location> sarif(DdiWorkspace workspace, EObject element, Path cwd) {
		return workspace.locate(element).map(l -> SarifLog.location(l.file().path(), l.line(), l.column(), l.endLine(), l.endColumn(), cwd));
	}

	/** A trace as a SARIF code flow: each entry a thread flow location, nested by its depth. */
	public static CodeFlow codeFlow(String message, List<TraceEntry> trace, DdiWorkspace workspace, Path cwd) {
		List<ThreadFlowLocation> steps = new ArrayList<>();
		for (TraceEntry entry : trace) {
			ThreadFlowLocation step = new ThreadFlowLocation().withNestingLevel(entry.depth()).withExecutionOrder(steps.size());
			Location location = sarif(workspace, entry.element(), cwd).orElse(new Location());
			location.setMessage(new Message().withText(entry.text()));
			step.setLocation(location);
			steps.add(step);
		}
		return new CodeFlow().withMessage(new Message().withText(message)).withThreadFlows(List.of(new ThreadFlow().withLocations(steps)));
	}

	/** Adds {"location": {file, line, column, endLine, endColumn}} to a JSON object, when the element has one. */
	public static void json(ObjectNode node, DdiWorkspace workspace, EObject element) {
		workspace.locate(element).ifPresent(l -> put(node.putObject("location"), l));
	}

	private static void put(ObjectNode node, SourceRegion l) {
		node.put("file", l.file().displayPath());
		node.put("line", l.line());
		node.put("column", l.column());
		node.put("endLine", l.endLine());
		node.put("endColumn", l.endColumn());
	}
}
