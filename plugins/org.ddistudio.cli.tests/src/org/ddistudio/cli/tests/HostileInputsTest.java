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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed input is answered with a diagnostic at file:line:col and the right exit code: never a
 * stack trace, never a hang. The time bound only guards against hangs; it is not a performance test.
 */
class HostileInputsTest {

	/** Far above any normal run on the slowest machine; a hang would never finish. */
	private static final Duration HANG_GUARD = Duration.ofSeconds(120);
	private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^.+\\.ddi:\\d+:\\d+: (error|warning) DDI\\d{3}: .+$");

	@TempDir
	Path dir;

	private CliRun validate(String name, byte[] content) {
		Models.write(dir, name, content);
		CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> ddi(dir, "validate", name));
		run.assertNoStackTrace();
		assertTrue(DIAGNOSTIC.matcher(run.out()).find(), "no file:line:col diagnostic:\n" + run.describe());
		assertTrue(!run.out().contains("Impl@") && !run.out().contains("org.eclipse."), "internal wording leaked:\n" + run.describe());
		return run;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"empty file|0|",
			"truncated in a parameter list|1|interface T { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 1 BOOLEAN Get(_In_ PVO",
			"number beyond 64 bits|1|interface I { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 999999999999999999999999999999 }",
			"GUID with wrong digits|1|interface I { guid {E0B2763Z-5434-11D3-B890-00C04FAD5171} version 1 }",
			"model that targets itself|1|driver M function KMDF { target T open by-name } system S { device D { pdo root function M target T -> D } }" })
	void malformedText(String what, int exitCode, String text) {
		CliRun run = validate("input.ddi", utf8(text == null ? "" : text));
		assertEquals(exitCode, run.exitCode(), what + "\n" + run.describe());
	}

	@Test
	void binaryGarbage() {
		byte[] garbage = new byte[64 * 1024];
		new Random(7).nextBytes(garbage);
		assertEquals(1, validate("garbage.ddi", garbage).exitCode());
	}

	@Test
	void invalidUtf8AndAByteOrderMark() {
		CliRun invalid = validate("bad.ddi", new byte[] { 'i', 'n', 't', (byte) 0xFF, (byte) 0xFE, ' ', '{' });
		assertEquals(1, invalid.exitCode(), invalid.describe());
		assertTrue(invalid.err().contains("not valid UTF-8"), invalid.err());
		byte[] bom = utf8("\uFEFFpackage p\ninterface I { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 1 }\n");
		Models.write(dir, "bom.ddi", bom);
		CliRun clean = ddi(dir, "validate", "bom.ddi").assertNoStackTrace();
		assertEquals(0, clean.exitCode(), clean.describe());
	}

	@Test
	void hundredThousandNestedBraces() {
		String braces = "{".repeat(100_000) + "}".repeat(100_000);
		assertEquals(1, validate("braces.ddi", utf8(braces)).exitCode());
	}

	@Test
	void tenMegabyteSingleLine() {
		String line = "interface I { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 1 " + "x".repeat(10_000_000) + " }";
		assertEquals(1, validate("long.ddi", utf8(line)).exitCode());
	}

	@Test
	void cyclicReferencesAcrossFiles() {
		Models.write(dir, "cyc/a.ddi", "package p\ninterface A extends B { guid {11111111-2222-3333-4444-555555555555} version 1 }\n");
		Models.write(dir, "cyc/b.ddi", "package p\ninterface B extends A { version 2 }\n");
		CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> ddi(dir, "validate", "cyc")).assertNoStackTrace();
		assertEquals(1, run.exitCode(), run.describe());
		assertTrue(run.out().contains("a.ddi:2:21: error DDI106") && run.out().contains("b.ddi:2:21: error DDI106"), run.out());
	}

	@Test
	void pathsWithSpacesAndNonAsciiNames() throws Exception {
		Path file = Models.write(dir, "dir with spaces/été/naïve model.ddi",
				"package p\ninterface I { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 1 }\n");
		assertTrue(Files.exists(file));
		CliRun clean = ddi(dir, "validate", "dir with spaces").assertNoStackTrace();
		assertEquals(0, clean.exitCode(), clean.describe());
		Files.writeString(file, "package p\ninterface I { version 1 }\n");
		CliRun broken = ddi(dir, "validate", "dir with spaces").assertNoStackTrace();
		assertTrue(broken.out().contains("dir with spaces/été/naïve model.ddi:2:11: error DDI103"), broken.out());
	}

	@Test
	void simulatorAndFormatterRejectGarbageCleanly() {
		byte[] garbage = new byte[8 * 1024];
		new Random(11).nextBytes(garbage);
		Models.write(dir, "garbage.ddi", garbage);
		CliRun simulate = assertTimeoutPreemptively(HANG_GUARD, () -> ddi(dir, "simulate", "garbage.ddi")).assertNoStackTrace();
		assertEquals(2, simulate.exitCode(), simulate.describe());
		CliRun format = assertTimeoutPreemptively(HANG_GUARD, () -> ddi(dir, "format", "--in-place", "garbage.ddi")).assertNoStackTrace();
		assertEquals(1, format.exitCode(), format.describe());
	}

	/**
	 * Regression: `ddi validate pipe.ddi` on a named pipe waited for a writer for ever. Files that are not
	 * regular files are refused by name (exit 2) and passed over in a folder, never read.
	 */
	@Test
	void aNamedPipeIsRefusedNotWaitedOn() throws Exception {
		Path pipe = dir.resolve("pipe.ddi");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo is not available here");
		Models.write(dir, "good.ddi", "package p\ninterface I { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 1 }\n");

		for (String command : new String[] { "validate", "simulate", "format" }) {
			CliRun named = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ddi(dir, command, "pipe.ddi")).assertNoStackTrace();
			assertEquals(2, named.exitCode(), named.describe());
			assertTrue(named.err().contains("not a regular file: pipe.ddi"), named.describe());
		}
		CliRun folder = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ddi(dir, "validate", ".")).assertNoStackTrace();
		assertEquals(0, folder.exitCode(), folder.describe());
		assertTrue(folder.err().contains("in 1 file"), "only good.ddi is read:\n" + folder.describe());
	}

	/** A linked .ddi file in a folder is read like the file itself; a dangling link is passed over. */
	@Test
	void linkedFilesInAFolderAreReadDanglingLinksAreNot() throws Exception {
		Path shared = Models.write(dir, "shared/wdk.ddi", "package p\ninterface I { version 1 }\n");
		Path project = Files.createDirectories(dir.resolve("project"));
		Files.createSymbolicLink(project.resolve("wdk.ddi"), shared);
		Files.createSymbolicLink(project.resolve("gone.ddi"), dir.resolve("missing.ddi"));
		CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> ddi(dir, "validate", "project")).assertNoStackTrace();
		assertEquals(1, run.exitCode(), run.describe());
		assertTrue(run.out().contains("project/wdk.ddi:2:11: error DDI103"), "the linked file's finding, at its path in the folder:\n" + run.describe());
		assertTrue(run.err().contains("in 1 file"), run.describe());
	}
}
