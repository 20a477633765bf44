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

import static org.ddistudio.cli.tests.CliRun.ddi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ddi validate: exit codes, the compiler-style lines, cross-file models, bad input. */
class ValidateCommandTest {

	/** path:line:col: error|warning CODE: message */
	private static final Pattern LINE = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning|note) (DDI\\d{3}): (.+)");

	@TempDir
	Path dir;

	@Test
	void cleanModelExitsZeroWithoutOutput() {
		Models.write(dir, "toaster.ddi", Models.TOASTER);
		CliRun run = ddi(dir, "validate", "toaster.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals(List.of(), run.outLines(), run.describe());
		assertTrue(run.err().contains("0 errors, 0 warnings in 1 file"), run.describe());
	}

	@Test
	void syntaxErrorIsReportedAtItsPosition() {
		Models.write(dir, "broken.ddi", Models.SYNTAX_ERROR);
		CliRun run = ddi(dir, "validate", "broken.ddi");
		assertEquals(1, run.exitCode(), run.describe());
		String first = run.outLines().get(0);
		assertTrue(LINE.matcher(first).matches(), first);
		assertTrue(first.startsWith("broken.ddi:4:35: error DDI001: "), run.describe());
	}

	@Test
	void unknownTypeIsReportedAtTheTypeName() {
		Models.write(dir, "odd.ddi", Models.UNKNOWN_TYPE);
		CliRun run = ddi(dir, "validate", "odd.ddi");
		assertEquals(1, run.exitCode(), run.describe());
		assertEquals(1, run.outLines().size(), run.describe());
		assertTrue(run.outLines().get(0).startsWith("odd.ddi:4:5: error DDI003: "), run.describe());
		assertTrue(LINE.matcher(run.outLines().get(0)).matches(), run.describe());
		assertTrue(run.err().contains("1 error, 0 warnings in 1 file"), run.describe());
	}

	@Test
	void filesOfAFolderSeeEachOther() {
		Models.write(dir, "model/shared/interface.ddi", Models.SHARED_INTERFACE);
		Models.write(dir, "model/drivers.ddi", Models.DRIVERS_USING_SHARED);
		CliRun run = ddi(dir, "validate", "model");
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals(List.of(), run.outLines(), run.describe());
		assertTrue(run.err().contains("in 2 files"), run.describe());
	}

	@Test
	void aFileAloneDoesNotSeeTheOthers() {
		// The counterpart of filesOfAFolderSeeEachOther: without its interface file, the drivers file is broken.
		Models.write(dir, "model/shared/interface.ddi", Models.SHARED_INTERFACE);
		Models.write(dir, "model/drivers.ddi", Models.DRIVERS_USING_SHARED);
		CliRun run = ddi(dir, "validate", "model/drivers.ddi");
		assertEquals(1, run.exitCode(), run.describe());
		assertTrue(run.outLines().stream().allMatch(l -> l.startsWith("model/drivers.ddi:")), run.describe());
		assertTrue(run.out().contains(" error DDI002: "), run.describe());
	}

	@Test
	void findingsAreSortedByPathLineAndColumn() {
		Models.write(dir, "b.ddi", Models.UNKNOWN_TYPE);
		Models.write(dir, "a.ddi", Models.UNKNOWN_TYPE.replace("ODD_INTERFACE", "ODD_TWO").replace("5173", "5174")
				.replace("version 1", "version 1\n    NOPE_T Foo(_In_ PVOID Context);"));
		CliRun run = ddi(dir, "validate", "b.ddi", "a.ddi");
		assertEquals(1, run.exitCode(), run.describe());
		List<String> positions = run.outLines().stream().map(l -> l.substring(0, l.indexOf(": "))).toList();
		assertEquals(List.of("a.ddi:4:5", "a.ddi:5:5", "b.ddi:4:5"), positions, run.describe());
		assertTrue(run.err().contains("3 errors, 0 warnings in 2 files"), run.describe());
	}

	@Test
	void missingPathIsAUsageErrorWithoutStackTrace() {
		CliRun run = ddi(dir, "validate", "nope.ddi").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertEquals("ddi: no such file or directory: nope.ddi", run.err().strip(), run.describe());
		assertEquals("", run.out());
	}

	@Test
	void fileWithoutDdiExtensionIsRefused() {
		Models.write(dir, "notes.txt", Models.TOASTER);
		CliRun run = ddi(dir, "validate", "notes.txt").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertTrue(run.err().contains("not a .ddi file: notes.txt"), run.describe());
	}

	@Test
	void folderWithoutDdiFilesIsAUsageError() throws Exception {
		Files.createDirectories(dir.resolve("empty/sub"));
		Models.write(dir, "empty/sub/readme.txt", "nothing here");
		CliRun run = ddi(dir, "validate", "empty").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertTrue(run.err().contains("no .ddi files found in empty"), run.describe());
	}

	@Test
	void unknownOptionIsAUsageError() {
		Models.write(dir, "toaster.ddi", Models.TOASTER);
		CliRun run = ddi(dir, "validate", "--frobnicate", "toaster.ddi").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertTrue(run.err().contains("--frobnicate"), run.describe());
	}

	@Test
	void byteOrderMarkIsIgnored() {
		byte[] text = Models.TOASTER.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Models.write(dir, "bom.ddi", withBom);
		CliRun run = ddi(dir, "validate", "bom.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals(List.of(), run.outLines(), run.describe());
	}

	@Test
	void invalidUtf8IsASyntaxErrorNotACrash() {
		byte[] text = Models.TOASTER.replace("version 1\n    references", "version 1 @@\n    references")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		int at = new String(text, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("@@");
		text[at] = (byte) 0xFF; // never valid in UTF-8
		text[at + 1] = (byte) 0xFE;
		Models.write(dir, "binary.ddi", text);
		CliRun run = ddi(dir, "validate", "binary.ddi").assertNoStackTrace();
		assertEquals(1, run.exitCode(), run.describe());
		assertTrue(run.err().contains("binary.ddi is not valid UTF-8"), run.describe());
		assertTrue(run.outLines().get(0).startsWith("binary.ddi:6:15: error DDI001: "), run.describe());
	}
}
