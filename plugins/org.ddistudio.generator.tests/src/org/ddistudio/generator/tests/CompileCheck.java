package org.ddistudio.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/** Generates for some models and has gcc check all of it, on one ABI. */
final class CompileCheck {

	private CompileCheck() {
	}

	/** Skips (does not fail) the x86 variant on a machine without gcc -m32 support. */
	static void assumeAbi(Path scratch, Abi abi) {
		if (abi == Abi.X86) {
			assumeTrue(Gcc.m32Available(scratch), "gcc -m32 cannot build here (install gcc-multilib); x86 check skipped");
		}
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

	/** Compiles and runs the layout probe over the interface headers; its output must be the model's layout. */
	static void probe(Path dir, List<DdiModel> models, List<GeneratedFile> files, Abi abi) throws IOException {
		List<String> headers = files.stream().map(GeneratedFile::path).filter(p -> p.endsWith(".h") && !p.endsWith("_ddi.h")).toList();
		Files.writeString(dir.resolve("probe.c"), LayoutProbe.source(models, headers));
		List<String> actual = Gcc.compileAndRun(dir, "probe.c", abi);
		List<String> expected = LayoutProbe.expected(models, abi);
		assertEquals(String.join("\n", expected), String.join("\n", actual), abi.label() + ": gcc's layout differs from the model's");
	}
}
