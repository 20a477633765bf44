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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.ddistudio.dsl.testing.synthetic.HostileShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, limits: no recursion that a model's depth can overflow. A chain of 10,000 typedefs or
 * structs gave a StackOverflowError from validate (and thousands of "Error executing EValidator"
 * lines without a rule code); simulate and diagram on a chain of 10,000 devices ended in "internal
 * error: StackOverflowError". Every command now answers these models like any other. The time bound
 * only turns a regression into a failure instead of a hang; it is not a benchmark.
 */
class Issue18DeepChainTest {

	private static final int DEPTH = 10_000;
	private static final Duration HANG_GUARD = Duration.ofSeconds(180);

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> ddi(dir, args)).assertNoStackTrace();
		assertFalse(run.out().contains("StackOverflow") || run.err().contains("StackOverflow")
				|| run.err().contains("internal error") || run.out().contains("Error executing EValidator"), run.describe());
		return run;
	}

	@Test
	void typedefChainValidatesGeneratesAndFormats() throws Exception {
		Models.write(dir, "typedefs.ddi", HostileShapes.typedefChain(DEPTH));
		CliRun validate = run("validate", "typedefs.ddi");
		assertEquals(0, validate.exitCode(), validate.describe());
		CliRun generate = run("generate", "typedefs.ddi", "--out", "out");
		assertEquals(0, generate.exitCode(), generate.describe());
		String header = Files.readString(Files.list(dir.resolve("out")).filter(p -> p.toString().endsWith(".h")).findFirst().orElseThrow());
		assertTrue(header.indexOf("typedef ULONG T0;") < header.indexOf("typedef T0 T1;"), "definitions before their uses");
		CliRun format = run("format", "--in-place", "typedefs.ddi");
		assertEquals(0, format.exitCode(), format.describe());
	}

	@Test
	void structChainValidatesGeneratesAndFormats() {
		Models.write(dir, "structs.ddi", HostileShapes.structChain(DEPTH));
		CliRun validate = run("validate", "structs.ddi");
		assertEquals(0, validate.exitCode(), validate.describe());
		CliRun generate = run("generate", "structs.ddi", "--out", "out");
		assertEquals(0, generate.exitCode(), generate.describe());
		CliRun format = run("format", "--in-place", "structs.ddi");
		assertEquals(0, format.exitCode(), format.describe());
	}

	/** A struct that contains itself at the end of a long chain is still found, at its place. */
	@Test
	void aCycleAtTheEndOfALongChainIsLocated() {
		String text = HostileShapes.structChain(DEPTH).replace("struct S0 { ULONG Value }", "struct S0 { S" + (DEPTH - 1) + " Loop }");
		Models.write(dir, "cycle.ddi", text);
		CliRun validate = run("validate", "cycle.ddi");
		assertEquals(1, validate.exitCode(), validate.describe());
		assertTrue(validate.out().contains("cycle.ddi:3:13: error DDI108: cannot lay out 'Loop': 'S" + (DEPTH - 1) + "' contains itself by value"),
				validate.describe());
	}

	@Test
	void deviceChainValidatesSimulatesAndDraws() {
		Models.write(dir, "devices.ddi", HostileShapes.deviceChain(DEPTH));
		CliRun validate = run("validate", "devices.ddi");
		assertEquals(0, validate.exitCode(), validate.describe());
		CliRun simulate = run("simulate", "devices.ddi");
		assertEquals(0, simulate.exitCode(), simulate.describe());
		CliRun diagram = run("diagram", "--format", "dot", "devices.ddi");
		assertEquals(0, diagram.exitCode(), diagram.describe());
		assertTrue(diagram.out().contains("\"D9998\" -> \"D9999\";"), "the whole chain is drawn");
		CliRun format = run("format", "--in-place", "devices.ddi");
		assertEquals(0, format.exitCode(), format.describe());
	}

	@Test
	void deviceChainIsDrawnAsSvg() throws Exception {
		Models.write(dir, "devices.ddi", HostileShapes.deviceChain(DEPTH));
		CliRun diagram = run("diagram", "--out", "devices.svg", "devices.ddi");
		assertEquals(0, diagram.exitCode(), diagram.describe());
		assertTrue(Files.readString(dir.resolve("devices.svg")).contains("D9999"), "the deepest device is drawn");
	}
}
