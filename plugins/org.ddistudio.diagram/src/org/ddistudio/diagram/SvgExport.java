package org.ddistudio.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Draws a laid-out diagram through JFreeSVG's Graphics2D into an SVG document: device boxes with
 * their stack rows, solid enumeration edges, dashed remote-target edges, highlighted elements in red.
 */
public final class SvgExport {

	private static final Color INK = new Color(0x20, 0x24, 0x28);
	private static final Color BOX = new Color(0xF4, 0xF6, 0xF8);
	private static final Color TITLE = new Color(0xDD, 0xE6, 0xF0);
	private static final Color PRODUCES = new Color(0x1B, 0x6E, 0x20);
	private static final Color CONSUMES = new Color(0x0B, 0x4F, 0x9C);
	private static final Color TARGET = new Color(0x8A, 0x4B, 0x08);
	private static final Color HIGHLIGHT = new Color(0xC6, 0x28, 0x28);

	private SvgExport() {
	}

	/** The diagram as a standalone SVG document. */
	public static String toSvg(StackDiagram diagram) {
		System.setProperty("java.awt.headless", "true");
		SVGGraphics2D g = new SVGGraphics2D(Math.max(1, diagram.width()), Math.max(1, diagram.height()), SVGUnits.PX);
		g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
		for (DiagramEdge edge : diagram.edges()) {
			drawEdge(g, diagram, edge);
		}
		for (DiagramNode node : diagram.nodes()) {
			drawNode(g, diagram, node);
		}
		// The SVG element only, behind an XML declaration: no DOCTYPE, so no viewer or parser is sent to
		// fetch an external DTD (SVG 2 has none).
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
	}

	private static void drawNode(SVGGraphics2D g, StackDiagram diagram, DiagramNode node) {
		boolean hot = diagram.isHighlighted(node.device());
		Rectangle2D box = new Rectangle2D.Double(node.x(), node.y(), node.width(), node.height());
		g.setColor(BOX);
		g.fill(box);
		g.setColor(TITLE);
		g.fill(new Rectangle2D.Double(node.x(), node.y(), node.width(), StackDiagrams.ROW_HEIGHT + StackDiagrams.PADDING));
		g.setColor(hot ? HIGHLIGHT : INK);
		g.setStroke(new BasicStroke(hot ? 2.5f : 1f));
		g.draw(box);
		double baseline = node.y() + StackDiagrams.PADDING + 13;
		for (DiagramNode.Row row : node.rows()) {
			g.setColor(diagram.isHighlighted(row.element()) ? HIGHLIGHT : switch (row.kind()) {
			case TITLE, LAYER -> INK;
			case PRODUCES -> PRODUCES;
			case CONSUMES -> CONSUMES;
			});
			g.setFont(new Font(Font.MONOSPACED, row.kind() == DiagramNode.RowKind.TITLE ? Font.BOLD : Font.PLAIN, 12));
			g.drawString(row.text(), (float) (node.x() + StackDiagrams.PADDING), (float) baseline);
			baseline += StackDiagrams.ROW_HEIGHT;
		}
	}

	private static void drawEdge(SVGGraphics2D g, StackDiagram diagram, DiagramEdge edge) {
		List<double[]> points = edge.points();
		if (points.size() < 2) {
			return;
		}
		boolean hot = diagram.isHighlighted(edge.element());
		boolean remote = edge.kind() == DiagramEdge.Kind.REMOTE_TARGET;
		g.setColor(hot ? HIGHLIGHT : remote ? TARGET : INK);
		g.setStroke(remote ? new BasicStroke(hot ? 2.5f : 1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f)
				: new BasicStroke(hot ? 2.5f : 1.2f));
		Path2D path = new Path2D.Double();
		path.moveTo(points.get(0)[0], points.get(0)[1]);
		for (int i = 1; i < points.size(); i++) {
			path.lineTo(points.get(i)[0], points.get(i)[1]);
		}
		g.draw(path);
		double[] end = points.get(points.size() - 1);
		double[] before = points.get(points.size() - 2);
		double angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
		Path2D arrow = new Path2D.Double();
		arrow.moveTo(end[0], end[1]);
		arrow.lineTo(end[0] - 9 * Math.cos(angle - 0.4), end[1] - 9 * Math.sin(angle - 0.4));
		arrow.lineTo(end[0] - 9 * Math.cos(angle + 0.4), end[1] - 9 * Math.sin(angle + 0.4));
		arrow.closePath();
		g.setStroke(new BasicStroke(1f));
		g.fill(arrow);
		if (!edge.label().isEmpty()) {
			// at the middle of the longest segment, where the label has the most room of its own
			int longest = 0;
			double length = -1;
			for (int i = 0; i + 1 < points.size(); i++) {
				double l = Math.hypot(points.get(i + 1)[0] - points.get(i)[0], points.get(i + 1)[1] - points.get(i)[1]);
				if (l > length) {
					length = l;
					longest = i;
				}
			}
			double x = (points.get(longest)[0] + points.get(longest + 1)[0]) / 2;
			double y = (points.get(longest)[1] + points.get(longest + 1)[1]) / 2;
			g.setFont(new Font(Font.MONOSPACED, Font.ITALIC, 11));
			g.drawString(edge.label(), (float) x + 6, (float) y);
		}
	}
}
