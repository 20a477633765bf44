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

import java.util.List;

import org.ddistudio.ui.launch.core.ElementLocation;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;

/**
 * A frame of a device's stack while suspended: the scenario step about to run (on the thread of the
 * device it addresses), a hop of the request the last step sent from the device, the consumer's call
 * that sent it, or a layer of the stack (see {@link StopFrames} for which when). Its source is the
 * step, the layer's or the consumer's declaration; stepping and resuming act on the whole target.
 */
final class SimStackFrame extends DebugElement implements IStackFrame {

	private final StackThread thread;
	private final String name;
	private final ElementLocation location;
	private final List<SimVariable> variables;

	SimStackFrame(StackThread thread, String name, ElementLocation location, List<SimVariable> variables) {
		super(thread.getDebugTarget());
		this.thread = thread;
		this.name = name;
		this.location = location;
		this.variables = variables;
	}

	/** The .ddi file to show for this frame, or null. */
	IFile file() {
		return location == null ? null : location.file();
	}

	@Override
	public String getModelIdentifier() {
		return DebugModel.ID;
	}

	@Override
	public IThread getThread() {
		return thread;
	}

	@Override
	public IVariable[] getVariables() {
		return variables.toArray(IVariable[]::new);
	}

	@Override
	public boolean hasVariables() {
		return !variables.isEmpty();
	}

	@Override
	public int getLineNumber() {
		return location == null ? -1 : location.line();
	}

	@Override
	public int getCharStart() {
		return location == null ? -1 : location.offset();
	}

	@Override
	public int getCharEnd() {
		return location == null ? -1 : location.offset() + location.length();
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IRegisterGroup[] getRegisterGroups() {
		return new IRegisterGroup[0];
	}

	@Override
	public boolean hasRegisterGroups() {
		return false;
	}

	@Override
	public boolean canStepInto() {
		return thread.canStepInto();
	}

	@Override
	public boolean canStepOver() {
		return thread.canStepOver();
	}

	@Override
	public boolean canStepReturn() {
		return false;
	}

	@Override
	public boolean isStepping() {
		return thread.isStepping();
	}

	@Override
	public void stepInto() throws DebugException {
		thread.stepInto();
	}

	@Override
	public void stepOver() throws DebugException {
		thread.stepOver();
	}

	@Override
	public void stepReturn() {
	}

	@Override
	public boolean canResume() {
		return thread.canResume();
	}

	@Override
	public boolean canSuspend() {
		return false;
	}

	@Override
	public boolean isSuspended() {
		return thread.isSuspended();
	}

	@Override
	public void resume() throws DebugException {
		thread.resume();
	}

	@Override
	public void suspend() {
	}

	@Override
	public boolean canTerminate() {
		return thread.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return thread.isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		thread.terminate();
	}

	@Override
	public String toString() {
		return name;
	}
}
