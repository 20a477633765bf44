/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.benchmarks;

import java.io.IOException;
import java.util.List;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

/**
 * Checks that the validators' project index (ModelScope) follows changes of the resource set, as an
 * editor makes them: one resource is reparsed, and the rule that looks across the project (DDI GUID
 * sharing) must see the change in the OTHER resource's validation too, and see it undone. Exits
 * with status 1 on a failure. Run: java -cp benchmarks.jar org.ddistudio.benchmarks.ModelScopeCheck
 */
public final class ModelScopeCheck {

	private static final String FIRST = "package a\ninterface ONE { guid {11111111-2222-3333-4444-555555555555} version 1 references noop PVOID Routine(_In_ PVOID Context); }\n";
	private static final String SECOND = "package b\ninterface TWO { guid {%s} version 1 references noop PVOID Routine(_In_ PVOID Context); }\n";

	private ModelScopeCheck() {
	}

	public static void main(String[] args) throws IOException {
		XtextResourceSet set = LanguageRuntime.parse(List.of(new SyntheticWorkspace.File("a.ddi", FIRST),
				new SyntheticWorkspace.File("b.ddi", SECOND.formatted("99999999-2222-3333-4444-555555555555"))));
		Resource first = set.getResources().get(0);
		XtextResource second = (XtextResource) set.getResources().get(1);
		int failures = 0;
		failures += expect("distinct GUIDs", first, 0);
		second.reparse(SECOND.formatted("11111111-2222-3333-4444-555555555555"));
		failures += expect("the other file now shares the GUID", first, 1);
		second.reparse(SECOND.formatted("99999999-2222-3333-4444-555555555555"));
		failures += expect("the other file's GUID changed back", first, 0);
		System.out.println(failures == 0 ? "ModelScopeCheck: OK" : "ModelScopeCheck: " + failures + " FAILED");
		System.exit(failures == 0 ? 0 : 1);
	}

	private static int expect(String when, Resource resource, int duplicates) {
		long found = LanguageRuntime.injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(issue -> DdiRule.DUPLICATE_GUID.code().equals(DdiRule.codeOf(issue))).count();
		boolean ok = found == duplicates;
		System.out.println((ok ? "ok   " : "FAIL ") + when + ": " + found + " " + DdiRule.DUPLICATE_GUID.code() + " in " + resource.getURI().lastSegment()
				+ " (expected " + duplicates + ")");
		return ok ? 0 : 1;
	}
}
