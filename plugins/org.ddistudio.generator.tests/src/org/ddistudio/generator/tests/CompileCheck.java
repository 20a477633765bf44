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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ddistudio.generator.DdiGenerator;
import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.generator.probe.LayoutProbe;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.layout.Abi;

/** Generates for some models and has mingw-w64's gcc check all of it against the real WDM headers, on one ABI. */
final class CompileCheck {

	private CompileCheck() {
	}

	/** Fails under CI=true, skips elsewhere, without the mingw-w64 compiler of {@code abi} (see {@link Gcc}). */
	static void assumeAbi(Abi abi) {
		Gcc.assumeCompiler(abi);
	}

	/**
	 * Every header alone, twice, and twice more after initguid.h (declared, then instantiated once);
	 * every generated .c file.
	 */
	static List<GeneratedFile> compileAll(Path dir, List<DdiModel> models, HeaderLayout layout, Abi abi) throws IOException {
		List<GeneratedFile> files = DdiGenerator.generate(models, layout);
		Gcc.materialize(dir, files);
		for (GeneratedFile file : files) {
			if (file.path().endsWith(".h")) {
				String twice = "check_" + file.path().replace(".h", ".c");
				Files.writeString(dir.resolve(twice), "#include \"" + file.path() + "\"\n#include \"" + file.path() + "\"\n");
				Gcc.syntaxCheck(dir, twice, abi);
				String guids = "guids_" + file.path().replace(".h", ".c");
				Files.writeString(dir.resolve(guids), "#include \"" + file.path() + "\"\n#include <initguid.h>\n#include \"" + file.path()
						+ "\"\n#include \"" + file.path() + "\"\n");
				Gcc.syntaxCheck(dir, guids, abi);
			} else {
				Gcc.syntaxCheck(dir, file.path(), abi);
			}
		}
		return files;
	}

	/** Compiles the layout probe over the interface headers; the values gcc computed must be the model's layout. */
	static void probe(Path dir, List<DdiModel> models, List<GeneratedFile> files, Abi abi) throws IOException {
		List<String> headers = files.stream().map(GeneratedFile::path).filter(p -> p.endsWith(".h") && !p.endsWith("_ddi.h")).toList();
		Files.writeString(dir.resolve("probe.c"), LayoutProbe.source(models, headers));
		List<String> actual = LayoutProbe.actual(models, Gcc.assemble(dir, "probe.c", abi));
		List<String> expected = LayoutProbe.expected(models, abi);
		assertEquals(String.join("\n", expected), String.join("\n", actual), abi.label() + ": gcc's layout differs from the model's");
	}
}
