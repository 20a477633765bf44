package org.ddistudio.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.ddistudio.ui.launch.core.RunHistory;
import org.ddistudio.ui.launch.core.SimulationRun;
import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroPart;

/**
 * What the launch tests share: projects of .ddi files, launching, and waiting with bounded timeouts
 * while the UI thread keeps dispatching events (the tests run on it; the jobs report back to it).
 */
final class Ui {

	/** Upper bound for any wait: generous for a loaded CI machine, and a wait never hangs a build. */
	static final long TIMEOUT_MS = 60_000;

	private Ui() {
	}

	static void waitUntil(String what, BooleanSupplier condition, Supplier<String> state) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + TIMEOUT_MS + " ms waiting for " + what + "; found " + state.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for " + what);
				}
			}
		}
	}

	static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		waitUntil("time to pass", () -> System.currentTimeMillis() >= end, () -> "");
	}

	/** A fresh, open project holding one file. */
	static IFile file(String project, String name, String content) throws CoreException {
		IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
		if (p.exists()) {
			p.delete(true, true, null);
		}
		p.create(null);
		p.open(null);
		IFile file = p.getFile(name);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		return file;
	}

	static void write(IFile file, String content) throws CoreException {
		file.setContents(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	/** A DDI Simulation configuration for the file (not saved). */
	static ILaunchConfigurationWorkingCopy configuration(IFile file, String mode) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy copy = manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null,
				manager.generateLaunchConfigurationName("test " + file.getName()));
		copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
		copy.setAttribute(LaunchAttributes.MODE, mode);
		copy.setAttribute(LaunchAttributes.TIMEOUT_SECONDS, 30);
		return copy;
	}

	/** Launches in run mode and waits for the run to reach the history. */
	static SimulationRun launch(ILaunchConfigurationWorkingCopy configuration) throws CoreException {
		SimulationRun before = RunHistory.latest();
		configuration.launch(ILaunchManager.RUN_MODE, null);
		waitUntil("the run to finish", () -> RunHistory.latest() != before, () -> String.valueOf(RunHistory.latest()));
		return RunHistory.latest();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void closeIntro() {
		IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
		if (intro != null) {
			PlatformUI.getWorkbench().getIntroManager().closeIntro(intro);
		}
	}
}
