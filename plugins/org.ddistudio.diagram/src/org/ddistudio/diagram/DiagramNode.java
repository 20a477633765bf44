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

import org.ddistudio.model.Device;

/**
 * A device as drawn: its box and the rows inside it, top row first (the stack's top device object
 * first, the PDO last, as the stack is drawn in WDK documentation).
 *
 * @param device the device
 * @param x      left, in diagram units (pixels at 100 %)
 * @param y      top
 * @param width  box width
 * @param height box height
 * @param rows   the lines of text in the box: the device name, then one per device object
 */
public record DiagramNode(Device device, double x, double y, double width, double height, List<Row> rows) {

	/**
	 * One line in a device box.
	 *
	 * @param text    what it says
	 * @param element the model element the line stands for (a stack layer, a producer ...), or the device
	 * @param kind    how it is drawn
	 */
	public record Row(String text, org.eclipse.emf.ecore.EObject element, RowKind kind) {
	}

	/** How a row is drawn. */
	public enum RowKind {
		/** The device's name. */
		TITLE,
		/** A device object of the stack (role and driver). */
		LAYER,
		/** An interface the device object's driver produces there. */
		PRODUCES,
		/** An interface the device object's driver consumes. */
		CONSUMES
	}
}
