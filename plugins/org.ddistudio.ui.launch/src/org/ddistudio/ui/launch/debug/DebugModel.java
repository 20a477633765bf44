/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.debug;

/** Identifiers of the scenario debugger's model (org.eclipse.debug.core): its elements, breakpoints and their markers. */
public final class DebugModel {

	/** The model identifier of every debug element and breakpoint of scenario debugging. */
	public static final String ID = "org.ddistudio.ui.launch.debugModel";
	/** The marker type of scenario line breakpoints (declared in plugin.xml, a line breakpoint marker). */
	public static final String BREAKPOINT_MARKER = "org.ddistudio.ui.launch.lineBreakpoint";

	private DebugModel() {
	}
}
