/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.builder;

import java.util.HashMap;
import java.util.Map;

import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.rules.Severity;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;

/**
 * The builder's problem markers: one per validator issue, with the stable rule code as an attribute
 * so the Problems view can group by it and scripts can find markers of one rule.
 */
public final class ProblemMarkers {

	/** Our marker type, a persistent subtype of the platform problem marker (see plugin.xml). */
	public static final String TYPE = "org.ddistudio.ui.problem";
	/** The stable rule code of the issue, e.g. DDI300. */
	public static final String RULE_CODE = "ruleCode";
	/** The rule's range in the catalogue (DDI3xx ...), which the Problems view groups by. */
	public static final String RULE_GROUP = "ruleGroup";

	private ProblemMarkers() {
	}

	/** Replaces the DDI markers of a file by those of its issues. */
	public static void replace(IResource file, Iterable<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return; // deleted: its markers went with it
		}
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (DdiRule.severityOf(issue).isPresent()) { // not an IGNORE
				file.createMarker(TYPE, attributes(issue));
			}
		}
	}

	static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		String code = DdiRule.codeOf(issue);
		// code and title first, as in the editor: the Problems view can be filtered by "DDI300" and names the entry to read
		attributes.put(IMarker.MESSAGE, DdiRule.headline(issue));
		attributes.put(IMarker.SEVERITY, DdiRule.severityOf(issue).map(ProblemMarkers::markerSeverity).orElse(IMarker.SEVERITY_INFO));
		attributes.put(RULE_CODE, code);
		attributes.put(RULE_GROUP, group(code));
		attributes.put(IMarker.SOURCE_ID, "DDI Studio");
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		return attributes;
	}

	/** Tells the builder's own markers apart from those of the language's rules. */
	static final String BUILDER_SOURCE = "DDI Studio builder";

	/** A marker for a problem the builder itself found (not a rule of the language), e.g. a file in the way. */
	static void builderProblem(IResource resource, int severity, String message) throws CoreException {
		resource.createMarker(TYPE, Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY, severity, IMarker.SOURCE_ID, BUILDER_SOURCE));
	}

	/** Removes the builder's own markers from a resource and (depth) its members. */
	static void clearBuilderProblems(IResource resource, int depth) throws CoreException {
		if (!resource.exists()) {
			return;
		}
		for (IMarker marker : resource.findMarkers(TYPE, true, depth)) {
			if (BUILDER_SOURCE.equals(marker.getAttribute(IMarker.SOURCE_ID, ""))) {
				marker.delete();
			}
		}
	}

	/** The marker severity of a finding's severity: validation problems and simulation findings alike. */
	public static int markerSeverity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	/** DDI300 -> DDI3xx; anything outside the catalogue's shape has no group. */
	static String group(String code) {
		return code != null && code.matches("DDI\\d{3}") ? code.substring(0, 4) + "xx" : "";
	}
}
