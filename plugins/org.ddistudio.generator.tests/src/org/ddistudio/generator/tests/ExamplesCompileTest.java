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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.layout.Abi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the repository, generated in both header layouts, compiles with mingw-w64's gcc
 * -fsyntax-only -Wall -Werror against the real WDM headers (and the KMDF shim) on x64 and x86, and
 * the layout probe yields exactly the sizes and offsets the model computes for each ABI.
 */
class ExamplesCompileTest {

	@TempDir
	Path dir;

	static Stream<Arguments> cases() {
		return Models.EXAMPLES.keySet().stream().sorted().flatMap(e -> Stream.of(Arguments.of(e, Abi.X64), Arguments.of(e, Abi.X86)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("cases")
	void generatedCodeCompilesAndMatchesTheModelLayout(String example, Abi abi) throws Exception {
		CompileCheck.assumeAbi(abi);
		List<DdiModel> models = Models.example(example);
		Path perFile = Files.createDirectory(dir.resolve("per-file"));
		List<GeneratedFile> files = CompileCheck.compileAll(perFile, models, HeaderLayout.PER_FILE, abi);
		assertTrue(files.stream().anyMatch(f -> f.path().endsWith(".h")), "no header generated for " + example);
		CompileCheck.probe(perFile, models, files, abi);
		Path perInterface = Files.createDirectory(dir.resolve("per-interface"));
		List<GeneratedFile> split = CompileCheck.compileAll(perInterface, models, HeaderLayout.PER_INTERFACE, abi);
		CompileCheck.probe(perInterface, models, split, abi);
	}
}
