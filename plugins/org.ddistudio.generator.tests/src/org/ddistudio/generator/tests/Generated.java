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

import java.util.List;

import org.ddistudio.generator.DdiGenerator;
import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.model.DdiModel;

/** Looks up generated files by name. */
record Generated(List<GeneratedFile> files) {

	static Generated of(List<DdiModel> models, HeaderLayout layout) {
		return new Generated(DdiGenerator.generate(models, layout));
	}

	String file(String path) {
		return files.stream().filter(f -> f.path().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + path + " among " + files.stream().map(GeneratedFile::path).toList()))
				.content();
	}

	List<String> paths() {
		return files.stream().map(GeneratedFile::path).toList();
	}
}
