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

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.LineBreakpoint;

/**
 * A breakpoint on a line of a .ddi file: a debugged scenario suspends before running the step written
 * on that line (on a {@code scenario} line: before its first step). The no-argument constructor is the
 * one the breakpoint manager uses to restore saved breakpoints from their markers.
 */
public final class ScenarioLineBreakpoint extends LineBreakpoint {

	public ScenarioLineBreakpoint() {
	}

	/** Creates the marker and registers the breakpoint with the breakpoint manager. */
	public ScenarioLineBreakpoint(IResource file, int line) throws CoreException {
		IWorkspaceRunnable create = monitor -> {
			IMarker marker = file.createMarker(DebugModel.BREAKPOINT_MARKER);
			setMarker(marker);
			marker.setAttribute(IBreakpoint.ENABLED, true);
			marker.setAttribute(IBreakpoint.PERSISTED, true);
			marker.setAttribute(IBreakpoint.ID, getModelIdentifier());
			marker.setAttribute(IMarker.LINE_NUMBER, line);
			marker.setAttribute(IMarker.MESSAGE, "Scenario breakpoint: " + file.getName() + " [line: " + line + "]");
		};
		run(getMarkerRule(file), create);
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
	}

	@Override
	public String getModelIdentifier() {
		return DebugModel.ID;
	}
}
