/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.dsl.testing.DdiInjectors;
import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiModel;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** The DDI language outside OSGi, as the CLI runs it: parse, link and validate text (through the shared test support). */
final class Language {

	private static final String FILE = "fuzz.ddi";

	private Language() {
	}

	static Injector injector() {
		return DdiInjectors.runtime();
	}

	/** A parsed resource (in its own resource set). */
	static XtextResource parse(String text) {
		return TestWorkspace.of(FILE, text).resources().get(FILE);
	}

	/** The model of a parsed resource. */
	static DdiModel model(XtextResource resource) {
		return (DdiModel) resource.getContents().get(0);
	}

	/** Every diagnostic as "line:column severity CODE message", in report order. */
	static List<String> diagnostics(String text) {
		List<String> result = new ArrayList<>();
		for (Issue issue : TestWorkspace.of(FILE, text).issues()) {
			result.add(issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " " + DdiRule.codeOf(issue) + " "
					+ issue.getMessage());
		}
		return result;
	}
}
