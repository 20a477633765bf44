/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.diagram;

import java.util.List;
import java.util.Locale;

/**
 * Draws a laid-out diagram as a standalone SVG document: device boxes with their stack rows, solid
 * enumeration edges, dashed remote-target edges, highlighted elements in red. Written directly as
 * SVG elements (JFreeSVG, the Graphics2D-to-SVG library, is GPL-licensed and so cannot ship in an
 * EPL product); the layout, the part worth a library, comes from ELK.
 */
public final class SvgExport {

	/** Opaque, so that the black edges stay visible on a dark page or viewer (transparent by default). */
	private static final String BACKGROUND = "#ffffff";
	private static final String INK = "#202428";
	private static final String BOX = "#f4f6f8";
	private static final String TITLE = "#dde6f0";
	private static final String PRODUCES = "#1b6e20";
	private static final String CONSUMES = "#0b4f9c";
	private static final String TARGET = "#8a4b08";
	private static final String HIGHLIGHT = "#c62828";
	private static final String FONT = "font-family=\"monospace\" font-size=\"12\"";

	private SvgExport() {
	}

	/** The diagram as a standalone SVG document (no DOCTYPE: nothing for a viewer to fetch). */
	public static String toSvg(StackDiagram diagram) {
		StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.1f %.1f\">%n",
				Math.max(1, diagram.width()), Math.max(1, diagram.height()), Math.max(1, diagram.width()), Math.max(1, diagram.height())));
		svg.append("<title>").append(escape(diagram.system().getName())).append("</title>\n");
		svg.append(String.format(Locale.ROOT, "<rect class=\"background\" x=\"0\" y=\"0\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
				Math.max(1, diagram.width()), Math.max(1, diagram.height()), BACKGROUND));
		for (DiagramEdge edge : diagram.edges()) {
			edge(svg, diagram, edge);
		}
		for (DiagramNode node : diagram.nodes()) {
			node(svg, diagram, node);
		}
		return svg.append("</svg>\n").toString();
	}

	private static void node(StringBuilder svg, StackDiagram diagram, DiagramNode node) {
		boolean hot = diagram.isHighlighted(node.device());
		svg.append(String.format(Locale.ROOT, "<g><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
				node.x(), node.y(), node.width(), node.height(), BOX));
		svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n", node.x(), node.y(),
				node.width(), StackDiagrams.ROW_HEIGHT + StackDiagrams.PADDING, TITLE));
		svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
				node.x(), node.y(), node.width(), node.height(), hot ? HIGHLIGHT : INK, hot ? "2.5" : "1"));
		double baseline = node.y() + StackDiagrams.PADDING + 13;
		for (DiagramNode.Row row : node.rows()) {
			String colour = diagram.isHighlighted(row.element()) ? HIGHLIGHT : switch (row.kind()) {
			case TITLE, LAYER -> INK;
			case PRODUCES -> PRODUCES;
			case CONSUMES -> CONSUMES;
			};
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s fill=\"%s\"%s xml:space=\"preserve\">%s</text>%n",
					node.x() + StackDiagrams.PADDING, baseline, FONT, colour, row.kind() == DiagramNode.RowKind.TITLE ? " font-weight=\"bold\"" : "",
					escape(row.text())));
			baseline += StackDiagrams.ROW_HEIGHT;
		}
		svg.append("</g>\n");
	}

	private static void edge(StringBuilder svg, StackDiagram diagram, DiagramEdge edge) {
		List<double[]> points = edge.points();
		if (points.size() < 2) {
			return;
		}
		boolean hot = diagram.isHighlighted(edge.element());
		boolean remote = edge.kind() == DiagramEdge.Kind.REMOTE_TARGET;
		String colour = hot ? HIGHLIGHT : remote ? TARGET : INK;
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", i == 0 ? "M" : "L", points.get(i)[0], points.get(i)[1]));
		}
		svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n", path.toString().strip(),
				colour, hot ? "2.5" : remote ? "1.5" : "1.2", remote ? " stroke-dasharray=\"6 4\"" : ""));
		double[][] arrow = edge.arrowHead();
		svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>%n", arrow[0][0], arrow[0][1],
				arrow[1][0], arrow[1][1], arrow[2][0], arrow[2][1], colour));
		if (!edge.label().isEmpty()) {
			double[] at = edge.labelAnchor();
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"monospace\" font-size=\"11\" font-style=\"italic\" fill=\"%s\">%s</text>%n",
					at[0] + 6, at[1], colour, escape(edge.label())));
		}
	}

	/** XML text: the model's names are C identifiers, but the label text may carry anything. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
