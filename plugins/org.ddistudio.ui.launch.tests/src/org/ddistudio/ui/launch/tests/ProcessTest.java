/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.ddistudio.model.rules.ExitStatus;
import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.RunHistory;
import org.ddistudio.ui.launch.core.SimulationProcess;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A launch has a process in the Debug view: terminated with the CLI's exit value, or by Terminate. */
class ProcessTest {

	private final List<DebugEvent> events = new CopyOnWriteArrayList<>();
	private final IDebugEventSetListener listener = set -> events.addAll(List.of(set));

	@BeforeEach
	void listen() {
		DebugPlugin.getDefault().addDebugEventListener(listener);
	}

	@AfterEach
	void stopListening() {
		DebugPlugin.getDefault().removeDebugEventListener(listener);
	}

	@Test
	void passingRunEndsWithZeroAndAnnouncesItsProcess() throws Exception {
		IFile file = Ui.file("process-toaster", "toaster.ddi", Fixtures.toaster());
		ILaunch launch = Ui.configuration(file, LaunchAttributes.MODE_SIMULATE).launch(ILaunchManager.RUN_MODE, null);
		IProcess process = theProcess(launch);
		waitTerminated(launch);
		assertEquals(ExitStatus.OK.code(), process.getExitValue());
		assertFalse(process.canTerminate());
		assertEquals(SimulationProcess.TYPE, process.getAttribute(IProcess.ATTR_PROCESS_TYPE));
		// the Debug view learns of the process from these events (delivered asynchronously)
		Workbench.waitUntil("CREATE and TERMINATE of the process", () -> events.stream().anyMatch(e -> e.getSource() == process && e.getKind() == DebugEvent.CREATE)
				&& events.stream().anyMatch(e -> e.getSource() == process && e.getKind() == DebugEvent.TERMINATE), events::toString);
		file.getProject().delete(true, true, null);
	}

	@Test
	void exitValuesAreTheClis() throws Exception {
		IFile failing = Ui.file("process-widgets", "widgets.ddi", Fixtures.CROSS_STACK);
		assertEquals(ExitStatus.FINDINGS.code(), exitValueOf(Ui.configuration(failing, LaunchAttributes.MODE_SIMULATE)));
		Ui.write(failing, Fixtures.CROSS_STACK.replace("release after-use", "release never"));
		assertEquals(ExitStatus.FINDINGS.code(), exitValueOf(Ui.configuration(failing, LaunchAttributes.MODE_CHECK)), "defect");
		ILaunchConfigurationWorkingCopy tooFewStates = Ui.configuration(failing, LaunchAttributes.MODE_CHECK);
		Ui.write(failing, Fixtures.toaster());
		tooFewStates.setAttribute(LaunchAttributes.MAX_STATES, 2);
		assertEquals(ExitStatus.INCONCLUSIVE.code(), exitValueOf(tooFewStates), "state bound hit");
		Ui.write(failing, "package bad\nsystem S { device D { pdo }\n");
		assertEquals(ExitStatus.USAGE.code(), exitValueOf(Ui.configuration(failing, LaunchAttributes.MODE_SIMULATE)), "syntax error");
		failing.getProject().delete(true, true, null);
	}

	@Test
	void terminateStopsALongCheckPromptly() throws Exception {
		// a generated system whose exhaustive check runs far longer than this test waits (BoundsTest in the check tests)
		String big = SyntheticSystems.toText(new SyntheticSystems.Shape(128, 40, 12, 7));
		IFile file = Ui.file("process-big", "synthetic.ddi", big);
		ILaunchConfigurationWorkingCopy configuration = Ui.configuration(file, LaunchAttributes.MODE_CHECK);
		configuration.setAttribute(LaunchAttributes.MAX_STATES, Integer.MAX_VALUE);
		configuration.setAttribute(LaunchAttributes.TIMEOUT_SECONDS, 3600);
		ILaunch launch = configuration.launch(ILaunchManager.RUN_MODE, null);
		SimulationProcess process = (SimulationProcess) theProcess(launch);
		Workbench.waitUntil("the check to run", () -> process.job().getState() == Job.RUNNING);
		Workbench.settle(1500); // past loading: into the search
		assertFalse(launch.isTerminated(), "the check ended by itself; it cannot show Terminate");
		assertTrue(process.canTerminate());
		long start = System.nanoTime();
		process.terminate();
		waitTerminated(launch);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(millis < 10_000, "Terminate took " + millis + " ms");
		assertEquals(ExitStatus.INCONCLUSIVE.code(), process.getExitValue());
		assertTrue(RunHistory.latest().cancelled(), RunHistory.latest().title());
		file.getProject().delete(true, true, null);
	}

	private static IProcess theProcess(ILaunch launch) {
		assertEquals(1, launch.getProcesses().length, "processes of the launch");
		assertTrue(launch.getProcesses()[0] instanceof SimulationProcess, launch.getProcesses()[0].toString());
		return launch.getProcesses()[0];
	}

	private static void waitTerminated(ILaunch launch) {
		Workbench.waitUntil("the launch to terminate", launch::isTerminated);
	}

	private static int exitValueOf(ILaunchConfigurationWorkingCopy configuration) throws Exception {
		ILaunch launch = configuration.launch(ILaunchManager.RUN_MODE, null);
		IProcess process = theProcess(launch);
		waitTerminated(launch);
		return process.getExitValue();
	}
}
