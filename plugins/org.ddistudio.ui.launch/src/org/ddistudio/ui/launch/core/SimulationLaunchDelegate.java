package org.ddistudio.ui.launch.core;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Launches a DDI Simulation: schedules a {@link SimulationJob} and returns, so the launch never holds
 * the thread that started it; the job reports its progress and can be cancelled, and a
 * {@link SimulationProcess} shows it in the Debug view, where Terminate cancels it.
 */
public final class SimulationLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		SimulationJob job = new SimulationJob(RunSettings.of(configuration));
		// the trace has its own console (SimulationConsole); an empty process console would only hide it
		launch.setAttribute(DebugPlugin.ATTR_CAPTURE_OUTPUT, Boolean.FALSE.toString());
		new SimulationProcess(launch, job.getName(), job, job::result);
		job.schedule();
	}

	/** The simulator reads .ddi sources, not build output: no workspace build before a run. */
	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false;
	}
}
