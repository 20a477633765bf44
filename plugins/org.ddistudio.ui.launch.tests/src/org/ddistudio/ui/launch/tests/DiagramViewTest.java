/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ddistudio.diagram.DiagramNode;
import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.ResultNode;
import org.ddistudio.ui.launch.core.RunRecord;
import org.ddistudio.ui.launch.diagram.DiagramView;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The stack diagram view follows the .ddi editor, highlights a run's devices and exports SVG and DOT. */
class DiagramViewTest {

	@Test
	void followsTheEditorAndExports() throws Exception {
		IFile file = Ui.file("diagram-toaster", "toaster.ddi", Fixtures.toaster());
		Workbench.closeIntro();
		IDE.openEditor(Workbench.page(), file, true);
		DiagramView view = (DiagramView) Workbench.page().showView(DiagramView.ID);
		Workbench.waitUntil("the toaster's diagram", () -> view.diagram() != null && "ToasterSystem".equals(view.diagram().system().getName()),
				() -> String.valueOf(view.diagram()));
		List<String> devices = view.diagram().nodes().stream().map(n -> n.device().getName()).toList();
		assertEquals(Set.of("ToasterBusDevice", "Toaster1", "Toaster2"), Set.copyOf(devices));

		String svg = view.svg();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertEquals("svg", document.getDocumentElement().getLocalName() == null ? document.getDocumentElement().getNodeName()
				: document.getDocumentElement().getLocalName());
		String text = document.getDocumentElement().getTextContent();
		for (String device : devices) {
			assertTrue(text.contains(device), device + " in the SVG");
			assertTrue(view.dot().contains(device), device + " in the DOT");
		}
		Workbench.page().closeAllEditors(false);
		file.getProject().delete(true, true, null);
	}

	@Test
	void highlightsTheDevicesOfASelectedResult() throws Exception {
		IFile file = Ui.file("diagram-widgets", "widgets.ddi", Fixtures.CROSS_STACK);
		Workbench.closeIntro();
		RunRecord run = Ui.launch(Ui.configuration(file, LaunchAttributes.MODE_SIMULATE));
		ResultNode scenario = run.items().get(0);
		assertTrue(!scenario.devices().isEmpty(), "the failing scenario names devices");
		DiagramView view = (DiagramView) Workbench.page().showView(DiagramView.ID);
		view.show(scenario.system(), scenario.devices());
		Workbench.waitUntil("a highlighted diagram", () -> view.diagram() != null && !view.diagram().highlighted().isEmpty(),
				() -> String.valueOf(view.diagram()));
		assertTrue(view.diagram().nodes().stream().map(DiagramNode::device).anyMatch(view.diagram()::isHighlighted));
		file.getProject().delete(true, true, null);
	}
}
