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

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.ILineBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Toggles scenario line breakpoints in a .ddi editor (Run > Toggle Breakpoint, a double click on the
 * ruler). Lines only: a scenario has no methods or fields to watch.
 */
public final class BreakpointToggler implements IToggleBreakpointsTarget {

	/** The .ddi file an editor shows, or null. */
	static IFile ddiFile(IWorkbenchPart part) {
		if (part instanceof IEditorPart editor && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file
				&& "ddi".equals(file.getFileExtension())) {
			return file;
		}
		return null;
	}

	@Override
	public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
		return ddiFile(part) != null && selection instanceof ITextSelection;
	}

	@Override
	public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		IFile file = ddiFile(part);
		if (file == null || !(selection instanceof ITextSelection text)) {
			return;
		}
		int line = text.getStartLine() + 1;
		IBreakpoint existing = at(file, line);
		if (existing != null) {
			existing.delete();
		} else {
			new ScenarioLineBreakpoint(file, line);
		}
	}

	/** The scenario breakpoint on that 1-based line of the file, or null. */
	public static IBreakpoint at(IFile file, int line) throws CoreException {
		for (IBreakpoint breakpoint : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(DebugModel.ID)) {
			if (breakpoint instanceof ILineBreakpoint lineBreakpoint && file.equals(breakpoint.getMarker().getResource())
					&& lineBreakpoint.getLineNumber() == line) {
				return breakpoint;
			}
		}
		return null;
	}

	@Override
	public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
	}

	@Override
	public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
	}
}
