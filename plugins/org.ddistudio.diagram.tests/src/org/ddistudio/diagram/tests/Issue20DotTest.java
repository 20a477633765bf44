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

import java.util.List;

import org.ddistudio.diagram.DotExport;
import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.model.DdiFactory;
import org.ddistudio.model.Device;
import org.ddistudio.model.SystemLayout;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: devices named {@code Node}, {@code Edge} or {@code Graph} are valid DDI but DOT keywords;
 * written as bare IDs they made Graphviz fail with a syntax error while {@code ddi diagram} exited 0.
 * Every ID is now quoted, and Graphviz itself is the judge.
 */
class Issue20DotTest {

	/** DOT's keywords (case-insensitive in DOT, none of them a DDI keyword) as system, device, driver and target names. */
	private static final String KEYWORDS = """
			driver Node bus KMDF {
			}
			driver Edge function KMDF {
			    target strict open by-name
			}
			driver Graph upper-filter KMDF {
			}
			driver strict lower-filter WDM {
			}
			driver subgraph function WDM {
			}
			system digraph {
			    device Node {
			        pdo root
			        function Node
			    }
			    device Edge parent Node {
			        pdo Node
			        lower-filter strict
			        function Edge
			        upper-filter Graph
			        target strict -> graph
			    }
			    device Graph parent Node {
			        pdo Node
			        function subgraph
			    }
			    device strict parent Graph {
			        pdo root
			        function subgraph
			    }
			    device subgraph parent Node {
			        pdo Node
			        function Graph
			    }
			    device node parent Node {
			        pdo Node
			        function subgraph
			    }
			    device edge parent node {
			        pdo root
			        function subgraph
			    }
			    device graph parent edge {
			        pdo root
			        function subgraph
			    }
			}
			""";

	private static final List<String> DEVICES = List.of("Node", "Edge", "Graph", "strict", "subgraph", "node", "edge", "graph");

	private static SystemLayout keywords() {
		return TestWorkspace.of("keywords.ddi", KEYWORDS).linked().system();
	}

	@Test
	void everyIdIsQuoted() {
		String dot = DotExport.toDot(keywords());
		assertTrue(dot.startsWith("digraph \"digraph\" {\n"), dot);
		for (String device : DEVICES) {
			assertTrue(dot.contains("  \"" + device + "\" [label="), device + " is not a quoted ID:\n" + dot);
		}
		assertTrue(dot.contains("  \"Node\" -> \"Edge\";\n"), dot);
		assertTrue(dot.contains("  \"Edge\" -> \"graph\" [style=dashed, label=\"target strict\"];\n"), dot);
	}

	@Test
	void graphvizRendersDevicesNamedAfterDotKeywords() {
		String dot = DotExport.toDot(keywords());
		Graphviz.Rendering rendering = Graphviz.render(dot);
		rendering.assertClean("keywords.ddi", dot);
		for (String device : DEVICES) {
			assertTrue(rendering.svg().contains("<title>" + device + "</title>"), device + " is not a node in dot's SVG:\n" + rendering.svg());
		}
	}

	/**
	 * The grammar's names cannot hold a quote or a backslash, but a model built through the API (or a
	 * future name syntax) can: they are escaped as the DOT grammar says, and Graphviz still parses.
	 */
	@Test
	void quotesAndBackslashesInNamesAreEscaped() {
		SystemLayout system = DdiFactory.eINSTANCE.createSystemLayout();
		system.setName("say \"hi\"");
		for (String name : List.of("a\"b", "ends\\", "\\\"", "-> x")) {
			Device device = DdiFactory.eINSTANCE.createDevice();
			device.setName(name);
			system.getDevices().add(device);
		}
		String dot = DotExport.toDot(system);
		assertTrue(dot.startsWith("digraph \"say \\\"hi\\\"\" {\n"), dot);
		assertTrue(dot.contains("  \"a\\\"b\" [label="), dot);
		assertTrue(dot.contains("  \"ends\\\\\" [label="), dot);
		assertTrue(dot.contains("  \"\\\\\\\"\" [label="), dot);
		Graphviz.Rendering rendering = Graphviz.render(dot);
		rendering.assertClean("names with quotes and backslashes", dot);
		assertEquals(system.getDevices().size(), rendering.svg().split("class=\"node\"", -1).length - 1, rendering.svg());
	}
}
