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

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top command: help, version, usage errors. */
class DdiCliTest {

	@TempDir
	Path dir;

	@Test
	void helpListsTheSubcommands() {
		CliRun run = ddi(dir, "--help");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.out().startsWith("Usage: ddi"), run.describe());
		assertTrue(run.out().contains("validate") && run.out().contains("format"), run.describe());
	}

	@Test
	void subcommandHelpShowsItsOptions() {
		CliRun validate = ddi(dir, "validate", "--help");
		assertEquals(0, validate.exitCode(), validate.describe());
		assertTrue(validate.out().contains("--format") && validate.out().contains("--out"), validate.describe());
		CliRun format = ddi(dir, "help", "format");
		assertEquals(0, format.exitCode(), format.describe());
		assertTrue(format.out().contains("--in-place"), format.describe());
	}

	@Test
	void versionNamesTheTool() {
		CliRun run = ddi(dir, "--version");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.out().matches("(?s)ddi \\(DDI Studio\\) \\d+\\.\\d+\\.\\d+.*"), run.describe());
	}

	@Test
	void missingOrUnknownCommandIsAUsageError() {
		CliRun none = ddi(dir).assertNoStackTrace();
		assertEquals(2, none.exitCode(), none.describe());
		assertTrue(none.err().contains("missing command"), none.describe());
		CliRun unknown = ddi(dir, "valdate", "x.ddi").assertNoStackTrace();
		assertEquals(2, unknown.exitCode(), unknown.describe());
		assertTrue(unknown.err().contains("validate"), "suggests the closest command: " + unknown.describe());
	}
}
