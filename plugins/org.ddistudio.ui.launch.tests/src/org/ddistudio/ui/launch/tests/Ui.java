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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.RunHistory;
import org.ddistudio.ui.launch.core.RunRecord;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/** What the launch tests share besides {@link Workbench}: test files and launching simulations. */
final class Ui {

	private Ui() {
	}

	/** A fresh, open project holding one file. */
	static IFile file(String project, String name, String content) throws CoreException {
		return Workbench.project(project, name, content).getFile(name);
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
	static RunRecord launch(ILaunchConfigurationWorkingCopy configuration) throws CoreException {
		RunRecord before = RunHistory.latest();
		configuration.launch(ILaunchManager.RUN_MODE, null);
		Workbench.waitUntil("the run to finish", () -> RunHistory.latest() != before, () -> String.valueOf(RunHistory.latest()));
		return RunHistory.latest();
	}
}
