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

import java.util.List;

import org.ddistudio.model.rules.Severity;
import org.ddistudio.ui.builder.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Findings of the last run as markers of their own type on the elements that cause them: the Problems
 * view lists them apart from validation problems, and the next run replaces them without touching the
 * validator's markers.
 */
public final class FindingMarkers {

	public static final String TYPE = "org.ddistudio.ui.launch.finding";
	/** The finding's rule code (SIM001 ...). */
	public static final String CODE = "code";

	/**
	 * One marker to create.
	 *
	 * @param location where
	 * @param code     SIM001 ...
	 * @param message  what the Problems view says
	 * @param severity the finding's (its rule's default severity, as the command line's SARIF has it)
	 */
	public record Spec(ElementLocation location, String code, String message, Severity severity) {
	}

	private FindingMarkers() {
	}

	/** Replaces the project's finding markers with these, in one workspace operation (one resource delta). */
	public static void replace(IProject project, List<Spec> specs, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(m -> {
			if (project.isAccessible()) {
				project.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
			}
			for (Spec spec : specs) {
				if (spec.location() == null || !spec.location().file().isAccessible()) {
					continue;
				}
				IMarker marker = spec.location().file().createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, spec.code() + " " + spec.message());
				marker.setAttribute(IMarker.SEVERITY, ProblemMarkers.markerSeverity(spec.severity()));
				marker.setAttribute(IMarker.LINE_NUMBER, spec.location().line());
				marker.setAttribute(IMarker.CHAR_START, spec.location().offset());
				marker.setAttribute(IMarker.CHAR_END, spec.location().offset() + spec.location().length());
				marker.setAttribute(CODE, spec.code());
			}
		}, project, IWorkspace.AVOID_UPDATE, monitor);
	}
}
