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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.generator.c.CNames;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Interface;
import org.ddistudio.model.layout.Abi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 19, item 4 (started): every interface of the built-in WDK library is declared by the WDK
 * (so never redefined), and its generated header, which asserts the model's layout against the WDK's
 * struct, compiles against mingw-w64's headers; the layout probe reads sizeof and every offset of the
 * WDK's struct back, which must be the model's, on x64 and x86.
 */
class WdkLibraryProbeTest {

	private static final Path LIBRARY = Paths.get("../org.ddistudio.dsl/library/wdk");

	@TempDir
	Path dir;

	static List<DdiModel> library() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> found = Files.list(LIBRARY)) {
			for (Path file : found.filter(p -> p.toString().endsWith(".ddi")).toList()) {
				files.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		assertFalse(files.isEmpty(), "no library files under " + LIBRARY.toAbsolutePath());
		return Models.parse(files);
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void everyLibraryInterfaceMatchesTheWdkStruct(Abi abi) throws Exception {
		CompileCheck.assumeAbi(abi);
		List<DdiModel> models = library();
		for (DdiModel model : models) {
			for (Declaration declaration : model.getDeclarations()) {
				assertTrue(CNames.isWdk(declaration), declaration.getName() + " is in the WDK library but not declared-in a WDK header");
			}
		}
		assertTrue(models.stream().flatMap(m -> m.getDeclarations().stream()).filter(Interface.class::isInstance).count() >= 3);
		for (HeaderLayout layout : HeaderLayout.values()) {
			Path out = Files.createDirectory(dir.resolve(layout.name()));
			List<GeneratedFile> files = CompileCheck.compileAll(out, models, layout, abi);
			CompileCheck.probe(out, models, files, abi);
		}
	}
}
