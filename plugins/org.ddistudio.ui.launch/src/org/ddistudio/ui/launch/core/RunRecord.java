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

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ddistudio.model.rules.ExitStatus;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * One finished run: what was launched and the results tree.
 *
 * @param configuration the launch configuration (re-run launches it again), or null
 * @param file          the .ddi file
 * @param mode          {@link LaunchAttributes#MODE_SIMULATE} or {@link LaunchAttributes#MODE_CHECK}
 * @param finished      when it ended
 * @param items         one node per scenario or check
 * @param cancelled     whether the user stopped it before the end
 * @param error         why it could not run (syntax errors, no system ...), or null
 */
public record RunRecord(ILaunchConfiguration configuration, IFile file, String mode, LocalTime finished, List<ResultNode> items,
		boolean cancelled, String error) {

	public long count(ResultNode.Status status) {
		return items.stream().filter(i -> i.status() == status).count();
	}

	/** Whether every scenario or check passed (and the run ran at all). */
	public boolean ok() {
		return error == null && !cancelled && items.stream().allMatch(i -> i.status() == ResultNode.Status.PASS);
	}

	/**
	 * The exit status of the run's process, as {@code ddi simulate} and {@code ddi check} return theirs:
	 * {@link ExitStatus#USAGE} when it could not run (syntax or reference errors, no system, an internal
	 * error), else as {@link ExitStatus#of} derives it. A run the user terminated is inconclusive, as a
	 * check cut by its time bound is in the CLI (there, a simulation cut by its timeout fails instead: a
	 * CI job must not pass it).
	 */
	public ExitStatus exitStatus() {
		if (error != null) {
			return ExitStatus.USAGE;
		}
		return ExitStatus.of(items.stream().anyMatch(i -> i.status() == ResultNode.Status.FAIL || i.status() == ResultNode.Status.DEFECT),
				cancelled || items.stream().anyMatch(i -> i.status() == ResultNode.Status.INCONCLUSIVE));
	}

	/** "toaster.ddi simulate 14:02:11: 5 pass, 0 fail": one line of the history. */
	public String title() {
		String counts = error != null ? "error" : items.stream().filter(i -> i.status().ok()).count() + " pass, "
				+ items.stream().filter(i -> !i.status().ok()).count() + " not";
		return (configuration != null ? configuration.getName() : file.getName()) + " (" + mode + ") " + finished.format(DateTimeFormatter.ofPattern("HH:mm:ss"))
				+ ": " + counts + (cancelled ? ", cancelled" : "");
	}
}
