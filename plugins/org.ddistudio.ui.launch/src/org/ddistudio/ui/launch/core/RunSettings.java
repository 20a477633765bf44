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

import java.time.Duration;
import java.util.List;

import org.ddistudio.check.CheckOptions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * What a launch configuration asks for, read once when it is launched.
 *
 * @param configuration the configuration (null when run without one, e.g. from a test)
 * @param file          the .ddi file
 * @param mode          simulate or check
 * @param scenarios     scenario names to run; empty: all
 * @param check         the checker's bounds (without progress and cancel: the job adds those)
 */
public record RunSettings(ILaunchConfiguration configuration, IFile file, String mode, List<String> scenarios, CheckOptions check) {

	public static RunSettings of(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(LaunchAttributes.FILE, "");
		if (path.isBlank()) {
			throw new CoreException(Status.error("No .ddi file is set in the launch configuration " + configuration.getName()));
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
		if (!file.exists()) {
			throw new CoreException(Status.error("The .ddi file " + path + " does not exist"));
		}
		CheckOptions check = CheckOptions.defaults()
				.withMaxStates(configuration.getAttribute(LaunchAttributes.MAX_STATES, (int) Math.min(Integer.MAX_VALUE, CheckOptions.DEFAULT_MAX_STATES)))
				.withMaxDepth(configuration.getAttribute(LaunchAttributes.MAX_DEPTH, CheckOptions.DEFAULT_MAX_DEPTH))
				.withTimeout(Duration.ofSeconds(configuration.getAttribute(LaunchAttributes.TIMEOUT_SECONDS, LaunchAttributes.DEFAULT_TIMEOUT_SECONDS)))
				.withAfterScenarios(configuration.getAttribute(LaunchAttributes.AFTER_SCENARIOS, false));
		return new RunSettings(configuration, file, configuration.getAttribute(LaunchAttributes.MODE, LaunchAttributes.MODE_SIMULATE),
				configuration.getAttribute(LaunchAttributes.SCENARIOS, List.of()), check);
	}

	public boolean isCheck() {
		return LaunchAttributes.MODE_CHECK.equals(mode);
	}
}
