/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The real Graphviz {@code dot}, the consumer the DOT export is written for: a DOT text is only
 * correct when dot renders it without a word on standard error. Missing dot skips the test on a
 * developer's machine and fails it under CI=true, where .ci/run installs Debian's graphviz.
 */
final class Graphviz {

	private Graphviz() {
	}

	/** What {@code dot -Tsvg} made of a DOT text: its exit code, standard output and standard error. */
	record Rendering(int exitCode, String svg, String errors) {

		/** Exit 0 and nothing on standard error (Graphviz reports syntax errors and warnings there). */
		void assertClean(String what, String dot) {
			assertEquals(0, exitCode, what + ": dot exited " + exitCode + ": " + errors + "\n" + dot);
			assertTrue(errors.isBlank(), what + ": dot wrote to standard error: " + errors + "\n" + dot);
			assertTrue(svg.contains("<svg"), what + ": no SVG from dot\n" + dot);
		}
	}

	/** Renders the DOT text to SVG with the dot on PATH; skips (or fails under CI=true) when there is none. */
	static Rendering render(String dot) {
		Path executable = find();
		try {
			Path input = Files.createTempFile("ddi-diagram", ".dot");
			Path output = Files.createTempFile("ddi-diagram", ".svg");
			Path errors = Files.createTempFile("ddi-diagram", ".err");
			try {
				Files.writeString(input, dot, StandardCharsets.UTF_8);
				Process process = new ProcessBuilder(executable.toString(), "-Tsvg", input.toString()).redirectOutput(output.toFile())
						.redirectError(errors.toFile()).start();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					fail("dot did not finish within 60 s on:\n" + dot);
				}
				return new Rendering(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
						Files.readString(errors, StandardCharsets.UTF_8));
			} finally {
				for (Path file : List.of(input, output, errors)) {
					Files.deleteIfExists(file);
				}
			}
		} catch (IOException e) {
			throw new AssertionError("running " + executable + " failed", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while dot ran", e);
		}
	}

	private static Path find() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, "dot");
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		String message = "Graphviz dot not found on PATH (Debian: apt-get install graphviz; .ci/run installs it)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message + ": with CI=true the DOT export must be checked by the real Graphviz");
		}
		Assumptions.assumeTrue(false, message + ": the DOT export is not checked with Graphviz here");
		throw new IllegalStateException("unreachable: the assumption above aborts the test");
	}
}
