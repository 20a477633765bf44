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

import org.ddistudio.ui.launch.debug.ScenarioDebugTarget;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Launches a DDI Simulation: schedules a {@link SimulationJob} and returns, so the launch never holds
 * the thread that started it; the job reports its progress and can be cancelled, and a
 * {@link SimulationProcess} shows it in the Debug view, where Terminate cancels it. In debug mode a
 * {@link ScenarioDebugTarget} runs the scenarios one event at a time, stopping at breakpoints.
 */
public final class SimulationLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		RunSettings settings = RunSettings.of(configuration);
		// the trace has its own console (SimulationConsole); an empty process console would only hide it
		launch.setAttribute(DebugPlugin.ATTR_CAPTURE_OUTPUT, Boolean.FALSE.toString());
		// the checker explores states, not a scenario's steps: in debug mode it simply runs
		if (ILaunchManager.DEBUG_MODE.equals(mode) && !settings.isCheck()) {
			ScenarioDebugTarget target = new ScenarioDebugTarget(launch, "DDI Simulation: " + settings.file().getFullPath());
			SimulationJob job = new SimulationJob(settings, target);
			target.attach(new SimulationProcess(launch, job.getName(), job, job::result));
			launch.setSourceLocator(ScenarioDebugTarget.SOURCE_LOCATOR);
			launch.addDebugTarget(target);
			job.schedule();
			return;
		}
		SimulationJob job = new SimulationJob(settings);
		new SimulationProcess(launch, job.getName(), job, job::result);
		job.schedule();
	}

	/** The simulator reads .ddi sources, not build output: no workspace build before a run. */
	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false;
	}
}
