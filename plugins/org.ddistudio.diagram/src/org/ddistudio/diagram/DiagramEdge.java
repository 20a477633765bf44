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

	public enum Kind {
		/** The parent's bus driver enumerated the child. */
		ENUMERATES,
		/** A driver of the source stack opened a remote I/O target to the target stack. */
		REMOTE_TARGET
	}
}
