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

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ddistudio.diagram.DotExport;
import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.model.SystemLayout;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The DOT of every system of every example, rendered by the real Graphviz: what {@code ddi diagram
 * --format dot} writes must be accepted by dot without an error or a warning.
 */
class GraphvizExamplesTest {

	@TestFactory
	Stream<DynamicTest> dotRendersEverySystemOfEveryExample() throws IOException {
		List<String> examples;
		try (Stream<Path> folders = Files.list(Examples.root())) {
			examples = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(name -> !name.equals(Examples.WDK))
					.sorted().toList();
		}
		assertFalse(examples.isEmpty(), "no example under " + Examples.root());
		return examples.stream().flatMap(example -> Examples.systems(example).stream().map(system -> render(example, system)));
	}

	private static DynamicTest render(String example, SystemLayout system) {
		String what = "examples/" + example + " system " + system.getName();
		return DynamicTest.dynamicTest(what, () -> {
			String dot = DotExport.toDot(system);
			Graphviz.render(dot).assertClean(what, dot);
		});
	}
}
