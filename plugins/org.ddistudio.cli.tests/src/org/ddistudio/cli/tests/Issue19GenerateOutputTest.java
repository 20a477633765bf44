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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, output safety of ddi generate: every output name is computed before anything is written;
 * two outputs of one name, also when the names differ only by case, are refused with both sources
 * named (exit 2); a run refused or failed writes nothing new and keeps the old files.
 */
class Issue19GenerateOutputTest {

	/** A KMDF driver Drv that produces an interface: Drv_ddi.h and Drv_ddi.c, next to the file's header. */
	private static final String DRIVER_DRV = """
			interface DRV_INTERFACE {
			    guid {5B1C2D3E-4F50-4A6B-8C7D-9E0F1A2B3C4D}
			    version 1
			    references noop
			    NTSTATUS Ping(_In_ PVOID Context);
			}

			driver Drv bus KMDF {
			    produce DRV_INTERFACE on child-pdo
			}
			""";

	private static final String INTERFACE_ONLY = """
			interface %s {
			    guid {%s}
			    version 1
			    references noop
			    ULONG Flags;
			}
			""";

	@TempDir
	Path dir;

	private List<String> outFiles() throws Exception {
		if (!Files.isDirectory(dir.resolve("out"))) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aFileNamedLikeADriversHeaderIsRefusedWithBothSourcesNamed() throws Exception {
		// The issue's case: Drv_ddi.ddi gives the header Drv_ddi.h, and so does the KMDF code of driver Drv.
		Models.write(dir, "Drv_ddi.ddi", DRIVER_DRV);
		CliRun run = ddi(dir, "generate", "Drv_ddi.ddi", "--out", "out").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertTrue(run.err().contains("Drv_ddi.h would be written twice: by the header of Drv_ddi.ddi and by the KMDF code of driver Drv in Drv_ddi.ddi"),
				run.describe());
		assertEquals(List.of(), outFiles(), "a refused run writes nothing");
	}

	@Test
	void namesThatDifferOnlyByCaseAreRefused() throws Exception {
		Models.write(dir, "a/bus.ddi", "package a\n" + INTERFACE_ONLY.formatted("LOWER_INTERFACE", "1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D"));
		Models.write(dir, "b/Bus.ddi", "package b\n" + INTERFACE_ONLY.formatted("UPPER_INTERFACE", "2A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D"));
		CliRun run = ddi(dir, "generate", "a", "b", "--out", "out").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertTrue(run.err().contains("bus.h and Bus.h differ only by case and would clash on Windows and macOS: the header of bus.ddi and the header of Bus.ddi"),
				run.describe());
		assertEquals(List.of(), outFiles());
	}

	@Test
	void aRefusedRunKeepsTheOldFiles() throws Exception {
		Models.write(dir, "drivers.ddi", DRIVER_DRV);
		CliRun first = ddi(dir, "generate", "drivers.ddi", "--out", "out");
		assertEquals(0, first.exitCode(), first.describe());
		List<String> before = outFiles();
		String header = Files.readString(dir.resolve("out/Drv_ddi.h"));
		// Now the same model is generated from a file whose header collides: nothing of it may land.
		Files.move(dir.resolve("drivers.ddi"), dir.resolve("Drv_ddi.ddi"));
		CliRun second = ddi(dir, "generate", "Drv_ddi.ddi", "--out", "out").assertNoStackTrace();
		assertEquals(2, second.exitCode(), second.describe());
		assertEquals(before, outFiles());
		assertEquals(header, Files.readString(dir.resolve("out/Drv_ddi.h")));
	}

	@Test
	void aNameTooLongToWriteIsRefusedBeforeAnythingIsWritten() throws Exception {
		String name = "D".repeat(250);
		Models.write(dir, "drivers.ddi", DRIVER_DRV.replace("Drv", name));
		CliRun run = ddi(dir, "generate", "drivers.ddi", "--out", "out").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertTrue(run.err().contains(name + "_ddi.h (the KMDF code of driver " + name + " in drivers.ddi): the name is 256 bytes long; file systems allow 255"),
				run.describe());
		assertFalse(outFiles().contains("drivers.h"), "the file's header, whose name is fine, is not written either");
		assertEquals(List.of(), outFiles());
	}
}
