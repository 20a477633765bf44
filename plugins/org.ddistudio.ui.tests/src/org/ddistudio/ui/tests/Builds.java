/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.ddistudio.ui.builder.DdiNature;
import org.ddistudio.ui.builder.ProblemMarkers;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;

/**
 * What the builder tests share: DDI projects, waiting for the platform's build job (the builder never
 * runs on the UI thread, so the tests keep processing events while they wait), and reading markers.
 */
final class Builds {

	private Builds() {
	}

	/** A fresh project with the DDI nature holding the given files (name, content, ...), built once. */
	static IProject ddiProject(String name, String... namesAndContents) throws CoreException {
		autoBuild(true);
		IProject project = Workbench.project(name, namesAndContents);
		DdiNature.addTo(project, null);
		awaitBuild();
		return project;
	}

	/** Autobuild on (the builder is meant to run on save, without anyone asking) or off (a test builds by hand). */
	static void autoBuild(boolean on) throws CoreException {
		IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
		if (description.isAutoBuilding() != on) {
			description.setAutoBuilding(on);
			ResourcesPlugin.getWorkspace().setDescription(description);
		}
	}

	/** Waits (bounded) until no build job is scheduled or running. */
	static void awaitBuild() {
		Workbench.waitUntil("the build to finish", () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0);
	}

	static void write(IFile file, String content) throws CoreException {
		ByteArrayInputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, IResource.FORCE, null);
		} else {
			file.create(in, IResource.FORCE, null);
		}
	}

	static List<IMarker> markers(IResource resource) {
		try {
			return resource.exists() ? Arrays.asList(resource.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE)) : List.of();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	static boolean hasRule(IResource resource, String code) {
		return markers(resource).stream().anyMatch(m -> code.equals(m.getAttribute(ProblemMarkers.RULE_CODE, "")));
	}

	static List<IMarker> errors(IResource resource) {
		return markers(resource).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}

	static Supplier<String> describe(IResource resource) {
		return () -> markers(resource).stream().map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
				+ m.getAttribute(ProblemMarkers.RULE_CODE, "") + " " + m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}

	static void delete(IProject project) throws CoreException {
		awaitBuild();
		project.delete(true, true, null);
	}
}
