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
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Labels of the scenario debugger's elements, and where their source is: a frame's .ddi file opens in
 * the editor .ddi files open in, at the frame's line (the source locator gives the file).
 */
public final class ModelPresentation extends LabelProvider implements IDebugModelPresentation {

	@Override
	public void setAttribute(String attribute, Object value) {
	}

	@Override
	public String getText(Object element) {
		try {
			if (element instanceof IThread thread) {
				return thread.getName() + (thread.isSuspended() ? " (suspended)" : thread.isTerminated() ? "" : " (running)");
			}
			if (element instanceof IStackFrame frame) {
				return frame.getName() + (frame.getLineNumber() > 0 ? "  line " + frame.getLineNumber() : "");
			}
			if (element instanceof IBreakpoint breakpoint && breakpoint.getMarker() != null) {
				return breakpoint.getMarker().getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "scenario breakpoint");
			}
		} catch (CoreException e) {
			return null; // the platform's default label
		}
		return null;
	}

	@Override
	public void computeDetail(IValue value, IValueDetailListener listener) {
		String detail;
		try {
			detail = value.getValueString();
		} catch (CoreException e) {
			detail = e.getMessage();
		}
		listener.detailComputed(value, detail);
	}

	@Override
	public IEditorInput getEditorInput(Object element) {
		if (element instanceof IFile file) {
			return new FileEditorInput(file);
		}
		if (element instanceof IBreakpoint breakpoint && breakpoint.getMarker() != null && breakpoint.getMarker().getResource() instanceof IFile file) {
			return new FileEditorInput(file);
		}
		return null;
	}

	@Override
	public String getEditorId(IEditorInput input, Object element) {
		if (input instanceof FileEditorInput file) {
			try {
				IEditorDescriptor descriptor = IDE.getEditorDescriptor(file.getFile(), true, false);
				return descriptor.getId();
			} catch (org.eclipse.ui.PartInitException e) {
				return null;
			}
		}
		return null;
	}
}
