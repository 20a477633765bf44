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
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ddi format: stdout, --in-place, --check, and refusing broken files. */
class FormatCommandTest {

	/** The toaster, squeezed onto few lines and badly indented. */
	private static final String MESSY = """
			package toaster
			interface TOASTER_INTERFACE_STANDARD {   guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			version 1   references noop
			  BOOLEAN   GetCrispinessLevel( _In_ PVOID Context ,  _Out_ PUCHAR Level ) ;
			}
			driver ToasterBus bus KMDF { produce TOASTER_INTERFACE_STANDARD on child-pdo }
			""";

	@TempDir
	Path dir;

	@Test
	void syntaxErrorFileIsRefusedAndLeftByteIdentical() throws Exception {
		Path file = Models.write(dir, "broken.ddi", Models.SYNTAX_ERROR);
		byte[] before = Files.readAllBytes(file);
		FileTime modified = Files.getLastModifiedTime(file);
		CliRun run = ddi(dir, "format", "--in-place", "broken.ddi").assertNoStackTrace();
		assertEquals(1, run.exitCode(), run.describe());
		assertTrue(run.err().contains("broken.ddi:4:35: error DDI001: "), run.describe());
		assertTrue(run.err().contains("not formatted"), run.describe());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(modified, Files.getLastModifiedTime(file));
		assertOnlyFiles("broken.ddi");
	}

	@Test
	void inPlaceRewritesAtomicallyAndIsIdempotent() throws Exception {
		Path file = Models.write(dir, "messy.ddi", MESSY);
		CliRun first = ddi(dir, "format", "-i", "messy.ddi");
		assertEquals(0, first.exitCode(), first.describe());
		String formatted = Files.readString(file);
		assertNotEquals(MESSY, formatted, "the messy layout must change");
		assertOnlyFiles("messy.ddi");

		FileTime modified = Files.getLastModifiedTime(file);
		CliRun second = ddi(dir, "format", "--in-place", "messy.ddi");
		assertEquals(0, second.exitCode(), second.describe());
		assertEquals(formatted, Files.readString(file), "formatting twice changes nothing");
		assertEquals(modified, Files.getLastModifiedTime(file), "an unchanged file is not rewritten");

		// Formatting keeps the model: validating it reports the same rules as before.
		assertEquals(codes(validateText(MESSY)), codes(ddi(dir, "validate", "messy.ddi").out()));
	}

	@Test
	void withoutInPlaceTheFileIsPrintedNotChanged() throws Exception {
		Path file = Models.write(dir, "messy.ddi", MESSY);
		CliRun run = ddi(dir, "format", "messy.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals(MESSY, Files.readString(file));
		assertNotEquals(MESSY, run.out());
		ddi(dir, "format", "-i", "messy.ddi");
		assertEquals(Files.readString(file), run.out(), "stdout is what --in-place writes");
	}

	@Test
	void crlfFilesStayCrlf() throws Exception {
		Path file = Models.write(dir, "windows.ddi", MESSY.replace("\n", "\r\n"));
		CliRun run = ddi(dir, "format", "-i", "windows.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		String formatted = Files.readString(file);
		assertNotEquals(MESSY.replace("\n", "\r\n"), formatted);
		assertTrue(formatted.contains("\r\n") && formatted.replace("\r\n", "").indexOf('\n') < 0, "only CRLF line breaks");
	}

	@Test
	void checkReportsUnformattedFiles() throws Exception {
		Models.write(dir, "messy.ddi", MESSY);
		CliRun before = ddi(dir, "format", "--check", "messy.ddi");
		assertEquals(1, before.exitCode(), before.describe());
		assertEquals(List.of("messy.ddi"), before.outLines());
		assertEquals(MESSY, Files.readString(dir.resolve("messy.ddi")), "--check changes nothing");
		ddi(dir, "format", "-i", "messy.ddi");
		CliRun after = ddi(dir, "format", "--check", "messy.ddi");
		assertEquals(0, after.exitCode(), after.describe());
		assertEquals(List.of(), after.outLines());
	}

	@Test
	void unreadableInputIsAUsageError() {
		CliRun missing = ddi(dir, "format", "missing.ddi").assertNoStackTrace();
		assertEquals(2, missing.exitCode(), missing.describe());
		Models.write(dir, "folder/a.ddi", MESSY);
		CliRun folder = ddi(dir, "format", "folder").assertNoStackTrace();
		assertEquals(2, folder.exitCode(), folder.describe());
	}

	private String validateText(String text) {
		Path other = dir.resolve("check");
		Models.write(other, "messy.ddi", text);
		return ddi(other, "validate", "messy.ddi").out();
	}

	private static List<String> codes(String report) {
		return report.lines().map(l -> l.replaceAll(".*: (error|warning|note) (DDI\\d+): .*", "$2")).sorted().toList();
	}

	private void assertOnlyFiles(String... names) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(names), files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary files left");
		}
	}
}
