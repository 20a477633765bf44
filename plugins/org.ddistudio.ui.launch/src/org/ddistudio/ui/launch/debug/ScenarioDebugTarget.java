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

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.ddistudio.model.Device;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.Step;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.ScenarioStepper;
import org.ddistudio.sim.SimEvent;
import org.ddistudio.ui.launch.core.ElementLocation;
import org.ddistudio.ui.launch.core.PlanRunner;
import org.ddistudio.ui.launch.core.SimulationProcess;
import org.ddistudio.ui.launch.debug.StopFrames.Stop;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.ILineBreakpoint;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IThread;

/**
 * A scenario run under the debugger. The simulation job runs its scenarios through this target (it is
 * the job's {@link PlanRunner}), one event at a time: before each event it stops if the event's step
 * has a breakpoint, if the user stepped, or if the user pressed Suspend, and waits there for Resume,
 * Step Over or Terminate. The devices of the system are its threads; it ends with the run's process.
 */
public final class ScenarioDebugTarget extends DebugElement implements IDebugTarget, PlanRunner {

	/** What the user asked for at a stop. */
	private enum Command {
		RESUME, STEP
	}

	/** The .ddi file of a frame: the editor opens it at the frame's line. */
	public static final ISourceLocator SOURCE_LOCATOR = frame -> frame instanceof SimStackFrame simFrame ? simFrame.file() : null;

	/** How often a stop looks at the job's cancel flag while it waits for the user. */
	private static final long POLL_MS = 100;

	private final ILaunch launch;
	private final String name;
	private SimulationProcess process;
	private final Object gate = new Object();
	private volatile boolean suspended;
	/** Guarded by {@link #gate}: the user's answer at the current stop. */
	private Command command;
	private volatile boolean stepping;
	private volatile boolean suspendRequested;
	private volatile boolean terminated;
	private volatile List<StackThread> threads = List.of();

	public ScenarioDebugTarget(ILaunch launch, String name) {
		super(null);
		this.launch = launch;
		this.name = name;
	}

	/** Follows the run's process: the target ends when the job does. */
	public void attach(SimulationProcess runProcess) {
		this.process = runProcess;
		runProcess.job().addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				ended();
			}
		});
		fireCreationEvent();
	}

	private void ended() {
		terminated = true;
		synchronized (gate) {
			gate.notifyAll();
		}
		threads.forEach(StackThread::running);
		fireTerminateEvent();
	}

	// ------------------------------------------------------------------ the run

	@Override
	public ScenarioResult run(ScenarioPlan plan, BooleanSupplier cancelled) {
		ScenarioStepper stepper = new ScenarioStepper(plan);
		List<StackThread> fresh = new ArrayList<>();
		for (Device device : stepper.state().index().devices()) {
			fresh.add(new StackThread(this, device.getName()));
		}
		threads = List.copyOf(fresh);
		fireChangeEvent(DebugEvent.CONTENT);
		ScenarioStepper.Step last = null;
		while (!stepper.finished() && !cancelled.getAsBoolean() && !terminated) {
			SimEvent next = stepper.next();
			IBreakpoint hit = breakpointBefore(plan, next, stepper.position() == 0);
			int reason = hit != null ? DebugEvent.BREAKPOINT : stepping ? DebugEvent.STEP_END : suspendRequested ? DebugEvent.CLIENT_REQUEST : -1;
			if (reason >= 0 && !stop(new Stop(plan, stepper.state(), next, stepper.position() + 1, last), reason, hit, cancelled)) {
				break;
			}
			last = stepper.step();
		}
		return stepper.result();
	}

	/** Shows the stop and waits for the user; false when the run was terminated meanwhile. */
	private boolean stop(Stop stop, int reason, IBreakpoint hit, BooleanSupplier cancelled) {
		List<StackThread> all = threads;
		if (all.isEmpty()) {
			return true; // a system without devices: nothing to show a stop on
		}
		Device addressed = StopFrames.deviceOf(stop.next());
		int focus = addressed == null ? 0 : Math.max(0, stop.state().index().deviceId(addressed));
		for (int i = 0; i < all.size(); i++) {
			all.get(i).stoppedAt(StopFrames.label(stop, i), StopFrames.frames(all.get(i), stop, i, i == focus), i == focus ? hit : null);
		}
		synchronized (gate) {
			command = null;
			suspended = true;
			stepping = false;
			suspendRequested = false;
		}
		// the other stacks first: the Debug view selects the thread whose suspension it hears last
		for (int i = 0; i < all.size(); i++) {
			if (i != focus) {
				all.get(i).fireSuspendEvent(DebugEvent.UNSPECIFIED);
			}
		}
		all.get(focus).fireSuspendEvent(reason);
		Command answer;
		synchronized (gate) {
			while (command == null && !terminated && !cancelled.getAsBoolean()) {
				try {
					gate.wait(POLL_MS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			answer = command;
			stepping = answer == Command.STEP;
			suspended = false;
		}
		all.forEach(StackThread::running);
		for (StackThread thread : all) {
			thread.fireResumeEvent(answer == Command.STEP ? DebugEvent.STEP_OVER : DebugEvent.CLIENT_REQUEST);
		}
		return answer != null;
	}

	/** The enabled breakpoint on the event's step, or on the scenario's line before its first step. */
	private static IBreakpoint breakpointBefore(ScenarioPlan plan, SimEvent event, boolean first) {
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		if (!manager.isEnabled()) {
			return null; // Skip All Breakpoints
		}
		// generated events (the implied lifecycle) have the system as source: no step line to stop on
		IBreakpoint hit = event.source() instanceof Step ? breakpointOn(manager, ElementLocation.of(event.source())) : null;
		if (hit == null && first && plan.element() instanceof Scenario) {
			hit = breakpointOn(manager, ElementLocation.of(plan.element()));
		}
		return hit;
	}

	private static IBreakpoint breakpointOn(IBreakpointManager manager, ElementLocation where) {
		if (where == null) {
			return null;
		}
		for (IBreakpoint breakpoint : manager.getBreakpoints(DebugModel.ID)) {
			try {
				if (breakpoint instanceof ILineBreakpoint line && breakpoint.isEnabled() && where.file().equals(breakpoint.getMarker().getResource())
						&& line.getLineNumber() == where.line()) {
					return breakpoint;
				}
			} catch (CoreException e) {
				// its marker was deleted meanwhile: not a breakpoint any more
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ what the views call

	@Override
	public IDebugTarget getDebugTarget() {
		return this;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public String getModelIdentifier() {
		return DebugModel.ID;
	}

	@Override
	public IProcess getProcess() {
		return process;
	}

	@Override
	public IThread[] getThreads() {
		return terminated ? new IThread[0] : threads.toArray(IThread[]::new);
	}

	@Override
	public boolean hasThreads() {
		return !terminated && !threads.isEmpty();
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public boolean supportsBreakpoint(IBreakpoint breakpoint) {
		return DebugModel.ID.equals(breakpoint.getModelIdentifier());
	}

	boolean isStepping() {
		return stepping && !suspended;
	}

	@Override
	public boolean canResume() {
		return suspended && !terminated;
	}

	@Override
	public boolean canSuspend() {
		return !suspended && !terminated;
	}

	@Override
	public boolean isSuspended() {
		return suspended;
	}

	@Override
	public void resume() {
		answer(Command.RESUME);
	}

	/** Runs the next event and stops before the one after it. */
	void stepOver() {
		answer(Command.STEP);
	}

	private void answer(Command what) {
		synchronized (gate) {
			if (suspended && command == null) {
				command = what;
				gate.notifyAll();
			}
		}
	}

	/** Stops before the next event. */
	@Override
	public void suspend() {
		suspendRequested = true;
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	/** Cancels the run's job; a stop waiting for the user sees it within {@link #POLL_MS}. */
	@Override
	public void terminate() {
		if (process != null) {
			process.terminate();
		}
		synchronized (gate) {
			gate.notifyAll();
		}
	}

	// breakpoints are looked up before every event: nothing to install or remove
	@Override
	public void breakpointAdded(IBreakpoint breakpoint) {
	}

	@Override
	public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
	}

	@Override
	public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
	}

	@Override
	public boolean canDisconnect() {
		return false;
	}

	@Override
	public void disconnect() throws DebugException {
		throw notSupported("disconnect");
	}

	@Override
	public boolean isDisconnected() {
		return false;
	}

	@Override
	public boolean supportsStorageRetrieval() {
		return false;
	}

	@Override
	public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
		throw notSupported("memory blocks");
	}

	private static DebugException notSupported(String what) {
		return new DebugException(new Status(Status.ERROR, ScenarioDebugTarget.class, DebugException.NOT_SUPPORTED, "a simulation has no " + what, null));
	}

	@Override
	public String toString() {
		return name;
	}
}
