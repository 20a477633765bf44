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
import java.util.Set;

import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;

/**
 * A laid-out diagram of one system: device boxes with their stacks, enumeration edges of the device
 * tree and remote-target edges across stacks. Independent of any toolkit: the SVG and DOT exports and
 * the SWT view all draw it.
 *
 * @param system      the system
 * @param nodes       the devices
 * @param edges       the connections
 * @param width       the diagram's width
 * @param height      the diagram's height
 * @param highlighted elements to emphasise (the devices and bindings of a selected trace), possibly empty
 */
public record StackDiagram(SystemLayout system, List<DiagramNode> nodes, List<DiagramEdge> edges, double width, double height,
		Set<EObject> highlighted) {

	/** Whether an element (device, binding, layer ...) is to be emphasised. */
	public boolean isHighlighted(EObject element) {
		return highlighted.contains(element);
	}
}
