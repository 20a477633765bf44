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

import org.eclipse.emf.ecore.EObject;

/**
 * A connection as drawn, with its route.
 *
 * @param kind    what it stands for
 * @param source  the device it starts at
 * @param target  the device it ends at
 * @param element the model element (the child device, or the target binding)
 * @param points  the route: start, bend points, end
 * @param label   text shown along it, or empty
 */
public record DiagramEdge(Kind kind, DiagramNode source, DiagramNode target, EObject element, List<double[]> points, String label) {

	/** Length of the arrow head's sides. */
	private static final double ARROW = 9;

	/** The three corners of the arrow head at the route's end, pointing along its last segment. */
	public double[][] arrowHead() {
		double[] end = points.get(points.size() - 1);
		double[] before = points.get(points.size() - 2);
		double angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
		return new double[][] { end, { end[0] - ARROW * Math.cos(angle - 0.4), end[1] - ARROW * Math.sin(angle - 0.4) },
				{ end[0] - ARROW * Math.cos(angle + 0.4), end[1] - ARROW * Math.sin(angle + 0.4) } };
	}

	/** Where the label goes: the middle of the route's longest segment, where it has the most room of its own. */
	public double[] labelAnchor() {
		int longest = 0;
		double length = -1;
		for (int i = 0; i + 1 < points.size(); i++) {
			double l = Math.hypot(points.get(i + 1)[0] - points.get(i)[0], points.get(i + 1)[1] - points.get(i)[1]);
			if (l > length) {
				length = l;
				longest = i;
			}
		}
		return new double[] { (points.get(longest)[0] + points.get(longest + 1)[0]) / 2, (points.get(longest)[1] + points.get(longest + 1)[1]) / 2 };
	}

	public enum Kind {
		/** The parent's bus driver enumerated the child. */
		ENUMERATES,
		/** A driver of the source stack opened a remote I/O target to the target stack. */
		REMOTE_TARGET
	}
}
