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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ddi diagram --format svg|dot. */
class DiagramCommandTest {

	@TempDir
	Path dir;

	@Test
	void svgAndDotOfASystem() throws Exception {
		Models.write(dir, "toaster.ddi", Models.TOASTER);
		CliRun svg = ddi(dir, "diagram", "--out", "toaster.svg", "toaster.ddi").assertNoStackTrace();
		assertEquals(0, svg.exitCode(), svg.describe());
		String text = Files.readString(dir.resolve("toaster.svg"));
		assertTrue(text.contains("<svg") && text.contains("Toaster1") && text.contains("ToasterBusDevice"), text);
		CliRun dot = ddi(dir, "diagram", "--format", "dot", "toaster.ddi").assertNoStackTrace();
		assertEquals(0, dot.exitCode(), dot.describe());
		assertTrue(dot.out().contains("\"ToasterBusDevice\" -> \"Toaster1\";"), dot.out());
	}

	@Test
	void noSystemOrAnUnknownOneIsBadInput() {
		Models.write(dir, "lib.ddi", "package p\ninterface I { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 1 }\n");
		CliRun none = ddi(dir, "diagram", "lib.ddi").assertNoStackTrace();
		assertEquals(2, none.exitCode(), none.describe());
		Models.write(dir, "toaster.ddi", Models.TOASTER);
		CliRun unknown = ddi(dir, "diagram", "--system", "Nope", "toaster.ddi").assertNoStackTrace();
		assertEquals(2, unknown.exitCode(), unknown.describe());
		assertTrue(unknown.err().contains("Nope"), unknown.err());
	}
}
