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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ddistudio.diagram.DiagramEdge;
import org.ddistudio.diagram.DiagramNode;
import org.ddistudio.diagram.DotExport;
import org.ddistudio.diagram.StackDiagram;
import org.ddistudio.diagram.StackDiagrams;
import org.ddistudio.diagram.SvgExport;
import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.model.Device;
import org.ddistudio.model.SystemLayout;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The toastmon example: a toaster bus with children and a monitor with remote targets across stacks. */
class StackDiagramTest {

	private static SystemLayout toastmon() {
		return Examples.systems("toastmon").get(0);
	}

	@Test
	void everyDeviceIsABoxAndNoBoxesOverlap() {
		SystemLayout system = toastmon();
		StackDiagram diagram = StackDiagrams.layout(system, Set.of());
		assertEquals(system.getDevices().size(), diagram.nodes().size());
		for (DiagramNode a : diagram.nodes()) {
			assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= diagram.width() && a.y() + a.height() <= diagram.height(),
					a.device().getName() + " lies outside the diagram");
			for (DiagramNode b : diagram.nodes()) {
				if (a != b) {
					boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
					assertFalse(overlap, a.device().getName() + " overlaps " + b.device().getName());
				}
			}
			assertEquals(a.device().getName(), a.rows().get(0).text());
		}
	}

	@Test
	void parentsAreAboveTheChildrenTheyEnumerateAndTargetsAreEdges() {
		SystemLayout system = toastmon();
		StackDiagram diagram = StackDiagrams.layout(system, Set.of());
		long children = system.getDevices().stream().filter(d -> d.getParent() != null).count();
		long bindings = system.getDevices().stream().mapToLong(d -> d.getTargets().size()).sum();
		assertTrue(bindings > 0, "toastmon binds remote targets");
		assertEquals(children, diagram.edges().stream().filter(e -> e.kind() == DiagramEdge.Kind.ENUMERATES).count());
		assertEquals(bindings, diagram.edges().stream().filter(e -> e.kind() == DiagramEdge.Kind.REMOTE_TARGET).count());
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.kind() == DiagramEdge.Kind.ENUMERATES) {
				assertTrue(edge.source().y() + edge.source().height() <= edge.target().y(),
						edge.source().device().getName() + " should be drawn above " + edge.target().device().getName());
			}
			assertTrue(edge.points().size() >= 2);
		}
	}

	@Test
	void svgIsAValidDocumentWithEveryDeviceAndTheHighlightInRed() throws Exception {
		SystemLayout system = toastmon();
		Device highlighted = system.getDevices().get(0);
		String svg = SvgExport.toSvg(StackDiagrams.layout(system, Set.of(highlighted)));
		assertFalse(svg.contains("<!DOCTYPE"), "no external DTD to fetch");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertEquals("svg", document.getDocumentElement().getLocalName() == null ? document.getDocumentElement().getNodeName()
				: document.getDocumentElement().getLocalName());
		NodeList texts = document.getElementsByTagName("text");
		List<String> words = new ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			words.add(texts.item(i).getTextContent());
		}
		for (Device device : system.getDevices()) {
			assertTrue(words.contains(device.getName()), device.getName() + " missing from " + words);
		}
		assertTrue(svg.contains("rgb(198,40,40)") || svg.toLowerCase().contains("#c62828"), "highlight colour missing");
	}

	/** Issue 20: a transparent SVG lost its black edges on a dark page; the first thing drawn is an opaque white rect. */
	@Test
	void svgHasAnOpaqueBackgroundUnderEverything() throws Exception {
		StackDiagram diagram = StackDiagrams.layout(toastmon(), Set.of());
		String svg = SvgExport.toSvg(diagram);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		Element first = null;
		for (Node child = document.getDocumentElement().getFirstChild(); child != null && first == null; child = child.getNextSibling()) {
			if (child instanceof Element element && !element.getTagName().equals("title")) {
				first = element;
			}
		}
		assertNotNull(first, svg);
		assertEquals("rect", first.getTagName(), "the background must be drawn before any edge or box:\n" + svg);
		assertEquals("#ffffff", first.getAttribute("fill"));
		assertEquals(0, Double.parseDouble(first.getAttribute("x")));
		assertEquals(0, Double.parseDouble(first.getAttribute("y")));
		assertTrue(Double.parseDouble(first.getAttribute("width")) >= diagram.width() - 0.05, svg);
		assertTrue(Double.parseDouble(first.getAttribute("height")) >= diagram.height() - 0.05, svg);
		assertFalse(first.hasAttribute("fill-opacity") || first.hasAttribute("opacity"), "the background must be opaque");
	}

	@Test
	void dotHasEveryDeviceAndDashedRemoteTargets() {
		SystemLayout system = toastmon();
		String dot = DotExport.toDot(system);
		assertTrue(dot.startsWith("digraph "), dot);
		for (Device device : system.getDevices()) {
			assertTrue(dot.contains("  \"" + device.getName() + "\" [label="), device.getName() + " missing:\n" + dot);
		}
		assertTrue(dot.contains("style=dashed"), dot);
	}
}
