/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.core;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.ddistudio.model.rules.ExitStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * The Debug view's handle on a simulation run. The simulator runs in a {@link Job} inside this JVM,
 * not in an operating-system process; this object gives the launch what the debug platform expects
 * of one: Terminate cancels the job, and when the job ends the process is terminated with the exit
 * value the CLI would return ({@link RunRecord#exitStatus()}), which ends the launch.
 */
public final class SimulationProcess extends PlatformObject implements IProcess {

	/** {@link IProcess#ATTR_PROCESS_TYPE} of simulation runs. */
	public static final String TYPE = "org.ddistudio.simulation";

	private final ILaunch launch;
	private final String label;
	private final Job job;
	private final Map<String, String> attributes = new HashMap<>();
	private volatile boolean terminated;
	private volatile int exitValue;

	/**
	 * Attaches a process for the job to the launch (which announces it to the Debug view) and follows
	 * the job to its end. Call before scheduling the job, so that its end is never missed.
	 *
	 * @param result what the job produced once it is done (null: it never got to record a run)
	 */
	public SimulationProcess(ILaunch launch, String label, Job job, Supplier<RunRecord> result) {
		this.launch = launch;
		this.label = label;
		this.job = job;
		attributes.put(ATTR_PROCESS_TYPE, TYPE);
		attributes.put(ATTR_PROCESS_LABEL, label);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				RunRecord run = result.get();
				finish(run != null ? run.exitStatus() : event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL
						? ExitStatus.INCONCLUSIVE : ExitStatus.USAGE);
			}
		});
		launch.addProcess(this);
		fire(DebugEvent.CREATE);
	}

	private void finish(ExitStatus status) {
		synchronized (this) {
			if (terminated) {
				return;
			}
			exitValue = status.code();
			terminated = true;
		}
		fire(DebugEvent.TERMINATE);
	}

	private void fire(int kind) {
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
		}
	}

	public Job job() {
		return job;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	/** The trace goes to the DDI Simulation console, not through a process stream. */
	@Override
	public IStreamsProxy getStreamsProxy() {
		return null;
	}

	@Override
	public synchronized void setAttribute(String key, String value) {
		attributes.put(key, value);
	}

	@Override
	public synchronized String getAttribute(String key) {
		return attributes.get(key);
	}

	@Override
	public int getExitValue() throws DebugException {
		if (!terminated) {
			throw new DebugException(Status.error(label + " is still running"));
		}
		return exitValue;
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	/** Cancels the job; the simulator and checker poll for it, so the run ends within an event or a few states. */
	@Override
	public void terminate() {
		if (!terminated) {
			job.cancel();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == ILaunch.class) {
			return adapter.cast(launch);
		}
		return super.getAdapter(adapter);
	}
}
