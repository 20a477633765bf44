/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.model.DdiModel;

/** Loads .ddi text and the repository's examples through the shared test support; fails on syntax or link errors. */
final class Models {

	/** The examples, each with the folders it needs besides its own. */
	static final Map<String, List<String>> EXAMPLES = Map.of("toaster", List.of(), "pcidrv", List.of("wdk"), "ucsi", List.of("wdk"),
			"sdca", List.of("wdk"), "serialhci", List.of("wdk"), "toastmon", List.of("toaster"), "broken", List.of("wdk"), "wdk",
			List.of());

	private Models() {
	}

	/** Parses and links in-memory files (name → text, loaded in name order) into one resource set. */
	static List<DdiModel> parse(Map<String, String> files) {
		return TestWorkspace.of(new TreeMap<>(files)).linked().models();
	}

	static List<DdiModel> parse(String name, String text) {
		return parse(Map.of(name, text));
	}

	/** The models of an example folder and of the folders it needs. */
	static List<DdiModel> example(String example) {
		List<String> folders = new ArrayList<>(List.of(example));
		folders.addAll(EXAMPLES.get(example));
		return Examples.load(folders).models();
	}
}
