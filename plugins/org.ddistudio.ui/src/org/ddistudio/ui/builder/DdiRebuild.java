/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.builder;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Rebuilds every open DDI project in the background, e.g. after the validation severities changed: the
 * Problems view must show the new severities for files nobody has open. Cancellable; a cancelled project
 * is built again on its next change (the builder forgets its state when cancelled).
 */
public final class DdiRebuild extends WorkspaceJob {

	/** The job family, for waiting on or cancelling every rebuild. */
	public static final Object FAMILY = DdiRebuild.class;

	private DdiRebuild() {
		super("Rebuilding DDI projects");
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
	}

	/** Schedules a rebuild of all DDI projects. */
	public static void scheduleAll() {
		new DdiRebuild().schedule();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), projects.length);
		try {
			for (IProject project : projects) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				if (project.isOpen() && project.hasNature(DdiNature.ID)) {
					project.build(IncrementalProjectBuilder.FULL_BUILD, DdiBuilder.ID, Map.of(), progress.split(1));
				} else {
					progress.worked(1);
				}
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}
}
