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

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;

/**
 * A device stack of the simulated system, shown as a thread. The simulator runs one event at a time
 * for the whole system, so all threads suspend and resume together (the target decides); while
 * suspended each thread shows the frames it was given for that stop.
 */
final class StackThread extends DebugElement implements IThread {

	private final ScenarioDebugTarget target;
	private final String device;
	private volatile String name;
	private volatile List<SimStackFrame> frames = List.of();
	private volatile IBreakpoint[] breakpoints = new IBreakpoint[0];

	StackThread(ScenarioDebugTarget target, String device) {
		super(target);
		this.target = target;
		this.device = device;
		this.name = device;
	}

	String device() {
		return device;
	}

	/** The frames and label of a stop (and the breakpoint that caused it, on the thread it is in). */
	void stoppedAt(String label, List<SimStackFrame> newFrames, IBreakpoint hit) {
		name = label;
		frames = newFrames;
		breakpoints = hit == null ? new IBreakpoint[0] : new IBreakpoint[] { hit };
	}

	/** Running again: the frames of the last stop no longer describe anything. */
	void running() {
		frames = List.of();
		breakpoints = new IBreakpoint[0];
	}

	@Override
	public String getModelIdentifier() {
		return DebugModel.ID;
	}

	@Override
	public IStackFrame[] getStackFrames() {
		return isSuspended() ? frames.toArray(IStackFrame[]::new) : new IStackFrame[0];
	}

	@Override
	public boolean hasStackFrames() {
		return isSuspended() && !frames.isEmpty();
	}

	@Override
	public int getPriority() {
		return 0;
	}

	@Override
	public IStackFrame getTopStackFrame() {
		IStackFrame[] all = getStackFrames();
		return all.length == 0 ? null : all[0];
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IBreakpoint[] getBreakpoints() {
		return breakpoints;
	}

	@Override
	public boolean canResume() {
		return target.canResume();
	}

	@Override
	public boolean canSuspend() {
		return target.canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return target.isSuspended();
	}

	@Override
	public void resume() throws DebugException {
		target.resume();
	}

	@Override
	public void suspend() throws DebugException {
		target.suspend();
	}

	/** A scenario event is the smallest step there is: stepping into one is stepping over it. */
	@Override
	public boolean canStepInto() {
		return canStepOver();
	}

	@Override
	public boolean canStepOver() {
		return target.isSuspended() && !target.isTerminated();
	}

	@Override
	public boolean canStepReturn() {
		return false;
	}

	@Override
	public boolean isStepping() {
		return target.isStepping();
	}

	@Override
	public void stepInto() {
		target.stepOver();
	}

	@Override
	public void stepOver() {
		target.stepOver();
	}

	@Override
	public void stepReturn() {
	}

	@Override
	public boolean canTerminate() {
		return target.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return target.isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		target.terminate();
	}

	@Override
	public String toString() {
		return name;
	}
}
