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

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.ddistudio.cli.DdiCli;

/** One in-process run of the ddi command line: exit code and what it printed. */
public record CliRun(int exitCode, String out, String err) {

	/** Runs {@code ddi args...} with relative paths resolved against {@code cwd}. */
	public static CliRun ddi(Path cwd, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = DdiCli.run(cwd, args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The non-empty lines of standard output. */
	public List<String> outLines() {
		return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
	}

	/** For assertion messages. */
	public String describe() {
		return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
	}

	/** Bad input must be explained in a sentence, never with a Java stack trace. */
	public CliRun assertNoStackTrace() {
		assertFalse(err.contains("\tat ") || err.contains("Exception") || out.contains("\tat "), describe());
		return this;
	}
}
