/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.validation;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * A live validation result in the editor. Its text starts with the first line of the rule's
 * docs/rules.md entry ("DDI103 Interface without a GUID: ..."), the code the CLI, SARIF output and the
 * help pages use, so a developer can look it up. The types
 * are the platform's error/warning/info annotation types, which bring squiggles, ruler icons and
 * overview-ruler marks with the user's preferences.
 */
public final class DdiIssueAnnotation extends Annotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final String code;

	DdiIssueAnnotation(Issue issue) {
		super(typeOf(issue.getSeverity()), false, DdiRule.headline(issue));
		this.code = DdiRule.codeOf(issue);
	}

	/** The stable rule code, e.g. DDI103. */
	public String code() {
		return code;
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		};
	}
}
