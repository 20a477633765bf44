/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.ValidationFinding;
import org.ddistudio.dsl.resource.ParallelParser.SourceModel;
import org.ddistudio.model.DdiModel;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DdiWorkspace parses files on several threads: the findings, their order, the syntax errors and
 * the models must be exactly those of parsing one file after the other.
 */
class ParallelLoadTest {

	@TempDir
	Path dir;

	@Test
	void generatedWorkspaceIsTheSameParsedOnOneOrManyThreads() throws IOException {
		List<SourceFile> files = workspace(5);
		DdiWorkspace sequential = DdiWorkspace.load(files, 1);
		List<ValidationFinding> expected = sequential.validate();
		// Unit 4 repeats unit 0's seed, so the same GUIDs are declared in two packages: findings that
		// need other files (and so the shared index and the linking across files).
		assertFalse(expected.isEmpty(), "the duplicated unit must be reported");
		for (int threads : new int[] { 2, 3, 8 }) {
			DdiWorkspace parallel = DdiWorkspace.load(files, threads);
			assertEquals(expected, parallel.validate(), threads + " threads");
			assertSameModels(sequential, parallel, threads);
		}
	}

	@Test
	void syntaxErrorsInSeveralFilesAreTheSameOnOneOrManyThreads() throws IOException {
		List<SourceFile> files = workspace(4);
		List<SourceFile> broken = List.of(files.get(1), files.get(5), files.get(6), files.get(11));
		for (SourceFile file : broken) {
			String text = Files.readString(file.path(), StandardCharsets.UTF_8);
			int middle = text.indexOf('\n', text.length() / 2);
			// A stray token in the middle and a cut-off end: error recovery in two places of the file.
			String damaged = text.substring(0, middle) + "\n  @@ not ddi {\n" + text.substring(middle, text.length() - 40);
			Files.writeString(file.path(), damaged, StandardCharsets.UTF_8);
		}
		DdiWorkspace sequential = DdiWorkspace.load(files, 1, SourceModel.KEEP);
		List<ValidationFinding> expected = sequential.validate();
		for (SourceFile file : broken) {
			assertTrue(expected.stream().anyMatch(f -> f.file().equals(file) && f.code().equals("DDI001")), file.displayPath());
		}
		for (int threads : new int[] { 2, 4 }) {
			assertEquals(expected, DdiWorkspace.load(files, threads).validate(), threads + " threads, node models detached");
			DdiWorkspace parallel = DdiWorkspace.load(files, threads, SourceModel.KEEP);
			assertEquals(expected, parallel.validate(), threads + " threads");
			for (SourceFile file : files) {
				assertEquals(sequential.syntaxErrors(file), parallel.syntaxErrors(file), file.displayPath());
			}
			assertSameModels(sequential, parallel, threads);
		}
	}

	@Test
	void fastValidationIsTheSameOnOneOrManyThreads() throws IOException {
		List<SourceFile> files = workspace(3);
		assertEquals(DdiWorkspace.load(files, 1).validateFast(), DdiWorkspace.load(files, 2).validateFast());
	}

	@Test
	void hostileFilesAmongGoodOnesAreDiagnosticsOnOneOrManyThreads() throws IOException {
		List<SourceFile> files = new ArrayList<>(workspace(2));
		// Deep nesting, random bytes and an empty file, parsed on worker threads next to the others.
		files.add(1, write("hostile/braces.ddi", "{".repeat(100_000) + "}".repeat(100_000)));
		byte[] garbage = new byte[32 * 1024];
		new java.util.Random(11).nextBytes(garbage);
		Path binary = dir.resolve("hostile/garbage.ddi");
		Files.write(binary, new String(garbage, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8));
		files.add(4, new SourceFile(binary, "hostile/garbage.ddi"));
		files.add(write("hostile/empty.ddi", ""));
		DdiWorkspace sequential = DdiWorkspace.load(files, 1);
		List<ValidationFinding> expected = sequential.validate();
		assertTrue(expected.stream().anyMatch(f -> f.file().displayPath().equals("hostile/braces.ddi")));
		assertTrue(expected.stream().anyMatch(f -> f.file().displayPath().equals("hostile/garbage.ddi")));
		for (int threads : new int[] { 2, 4 }) {
			assertEquals(expected, DdiWorkspace.load(files, threads).validate(), threads + " threads");
		}
	}

	/** Same files in the same order, and equal models (attributes, containment and the targets of references). */
	private static void assertSameModels(DdiWorkspace sequential, DdiWorkspace parallel, int threads) {
		assertEquals(sequential.files(), parallel.files());
		List<DdiModel> expected = sequential.models();
		List<DdiModel> actual = parallel.models();
		assertEquals(expected.size(), actual.size());
		for (DdiModel model : expected) {
			EcoreUtil.resolveAll(model);
		}
		for (DdiModel model : actual) {
			EcoreUtil.resolveAll(model);
		}
		assertTrue(EcoreUtil.equals(expected, actual), threads + " threads: models differ");
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(expected.get(i).eResource().getURI(), actual.get(i).eResource().getURI());
		}
		for (SourceFile file : sequential.files()) {
			assertEquals(sequential.source(file).text(), parallel.source(file).text());
		}
	}

	/**
	 * Units of three files each (interfaces, drivers importing them, a system importing the drivers),
	 * so that most references cross files; the last unit repeats the first one's seed.
	 */
	private List<SourceFile> workspace(int units) throws IOException {
		List<SourceFile> files = new ArrayList<>();
		for (int unit = 0; unit < units; unit++) {
			long seed = unit == units - 1 && units > 4 ? 500 : 500 + unit;
			String text = SyntheticSystems.toText(new SyntheticSystems.Shape(40, 6, 4, seed));
			for (Map.Entry<String, String> file : SyntheticSystems.asUnitFiles("ws" + unit, text).entrySet()) {
				files.add(write(file.getKey(), file.getValue()));
			}
		}
		return files;
	}

	private SourceFile write(String name, CharSequence text) throws IOException {
		Path path = dir.resolve(name);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text, StandardCharsets.UTF_8);
		return new SourceFile(path, name);
	}
}
