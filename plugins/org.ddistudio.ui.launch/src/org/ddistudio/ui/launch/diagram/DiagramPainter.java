/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.diagram;

import java.util.List;

import org.ddistudio.diagram.DiagramEdge;
import org.ddistudio.diagram.DiagramNode;
import org.ddistudio.diagram.StackDiagram;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

/**
 * Draws a laid-out {@link StackDiagram} with SWT's GC as the SVG export draws it: device boxes with a
 * title band and their stack rows, solid enumeration edges, dashed remote-target edges, highlighted
 * devices and edges in red and thicker. Colours are those of the SVG, so picture and export agree.
 */
final class DiagramPainter {

	/** Row height and padding of the layout (StackDiagrams measures text with them). */
	private static final int ROW = 18;
	private static final int PADDING = 8;

	private final Color ink;
	private final Color box;
	private final Color title;
	private final Color produces;
	private final Color consumes;
	private final Color target;
	private final Color highlight;
	private final Color paper;
	private final Font plain;
	private final Font bold;
	private final Font italic;

	DiagramPainter(org.eclipse.swt.graphics.Device device, Font plain, Font bold, Font italic) {
		ink = new Color(0x20, 0x24, 0x28);
		box = new Color(0xF4, 0xF6, 0xF8);
		title = new Color(0xDD, 0xE6, 0xF0);
		produces = new Color(0x1B, 0x6E, 0x20);
		consumes = new Color(0x0B, 0x4F, 0x9C);
		target = new Color(0x8A, 0x4B, 0x08);
		highlight = new Color(0xC6, 0x28, 0x28);
		paper = new Color(0xFF, 0xFF, 0xFF);
		this.plain = plain;
		this.bold = bold;
		this.italic = italic;
	}

	void paint(GC gc, StackDiagram diagram, int width, int height) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(paper);
		gc.fillRectangle(0, 0, width, height);
		for (DiagramEdge edge : diagram.edges()) {
			edge(gc, diagram, edge);
		}
		for (DiagramNode node : diagram.nodes()) {
			node(gc, diagram, node);
		}
	}

	private void node(GC gc, StackDiagram diagram, DiagramNode node) {
		boolean hot = diagram.isHighlighted(node.device());
		int x = (int) Math.round(node.x());
		int y = (int) Math.round(node.y());
		int w = (int) Math.round(node.width());
		int h = (int) Math.round(node.height());
		gc.setBackground(box);
		gc.fillRectangle(x, y, w, h);
		gc.setBackground(title);
		gc.fillRectangle(x, y, w, ROW + PADDING);
		gc.setForeground(hot ? highlight : ink);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(hot ? 3 : 1);
		gc.drawRectangle(x, y, w, h);
		int top = y + PADDING;
		for (DiagramNode.Row row : node.rows()) {
			gc.setForeground(diagram.isHighlighted(row.element()) ? highlight : switch (row.kind()) {
			case TITLE, LAYER -> ink;
			case PRODUCES -> produces;
			case CONSUMES -> consumes;
			});
			gc.setFont(row.kind() == DiagramNode.RowKind.TITLE ? bold : plain);
			gc.drawString(row.text(), x + PADDING, top, true);
			top += ROW;
		}
	}

	private void edge(GC gc, StackDiagram diagram, DiagramEdge edge) {
		List<double[]> points = edge.points();
		if (points.size() < 2) {
			return;
		}
		boolean hot = diagram.isHighlighted(edge.element());
		boolean remote = edge.kind() == DiagramEdge.Kind.REMOTE_TARGET;
		Color color = hot ? highlight : remote ? target : ink;
		gc.setForeground(color);
		gc.setBackground(color);
		gc.setLineWidth(hot ? 3 : remote ? 2 : 1);
		gc.setLineStyle(remote ? SWT.LINE_DASH : SWT.LINE_SOLID);
		int[] polyline = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			polyline[2 * i] = (int) Math.round(points.get(i)[0]);
			polyline[2 * i + 1] = (int) Math.round(points.get(i)[1]);
		}
		gc.drawPolyline(polyline);
		double[][] arrow = edge.arrowHead();
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.fillPolygon(new int[] { (int) arrow[0][0], (int) arrow[0][1], (int) arrow[1][0], (int) arrow[1][1], (int) arrow[2][0], (int) arrow[2][1] });
		if (!edge.label().isEmpty()) {
			// where the SVG export places it too
			double[] at = edge.labelAnchor();
			gc.setFont(italic);
			gc.drawString(edge.label(), (int) at[0] + 6, (int) at[1] - 12, true);
		}
	}

	void dispose() {
		for (Color color : new Color[] { ink, box, title, produces, consumes, target, highlight, paper }) {
			color.dispose();
		}
	}
}
