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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.sources.ProjectSources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.build.Source2GeneratedMapping;
import org.eclipse.xtext.validation.Issue;

/**
 * The DDI project builder: problem markers for every .ddi file of the project, and generated code
 * when the project is free of errors. Runs in the platform's build job, never on the UI thread.
 *
 * The index of the last build is kept in memory per project. After a restart there is none, and the
 * first build is a full one (markers are persistent, so the Problems view is not empty meanwhile).
 */
public class DdiBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.ddistudio.ui.ddiBuilder";

	/** What the last build of a project left: its index and what it generated. */
	private record State(IndexState index, Source2GeneratedMapping generated) {
	}

	private static final Map<String, State> STATES = new ConcurrentHashMap<>();

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		State state = STATES.get(project.getName());
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		boolean full = state == null || delta == null;
		List<URI> dirty = new ArrayList<>();
		List<URI> deleted = new ArrayList<>();
		if (full) {
			project.deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
			ProjectSources.of(project).forEach(file -> dirty.add(ProjectSources.uri(file)));
			// what was generated before is found again by its mark (CodeGeneration), so nothing is carried over
			state = new State(new IndexState(), new Source2GeneratedMapping());
		} else {
			ChangedSources.collect(delta, dirty, deleted);
			if (dirty.isEmpty() && deleted.isEmpty()) {
				return null; // e.g. only generated files changed
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Building DDI files of " + project.getName(), 10);
		try {
			ProjectBuild build = new ProjectBuild(DdiUiPlugin.injector(), progress::isCanceled);
			ProjectBuild.Outcome outcome = build.run(state.index(), dirty, deleted, projectUri(project), progress.split(6));
			SubMonitor marking = progress.split(2).setWorkRemaining(outcome.issues().size());
			for (Map.Entry<URI, List<Issue>> entry : outcome.issues().entrySet()) {
				IFile file = ProjectSources.file(entry.getKey());
				if (file != null) {
					ProblemMarkers.replace(file, entry.getValue());
				}
				marking.worked(1);
			}
			Source2GeneratedMapping generated = state.generated().copy();
			if (BuildSettings.generate(project) && !hasErrors(project)) {
				generate(project, outcome, generated, progress.split(2));
			}
			STATES.put(project.getName(), new State(outcome.state(), generated));
		} catch (RuntimeException | Error e) {
			if (progress.isCanceled() || DdiUiPlugin.isCancellation(e)) {
				// the changes of this build are not in the kept state: the next build starts over
				STATES.remove(project.getName());
				forgetLastBuiltState();
				throw new OperationCanceledException();
			}
			STATES.remove(project.getName());
			throw e;
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		project.deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		STATES.remove(project.getName());
		new CodeGeneration(project).deleteGenerated(monitor);
	}

	/**
	 * A generator failure is a bug of ours, not of the user's model: it is logged and shown on the project,
	 * and the validation results of this build are kept.
	 */
	private static void generate(IProject project, ProjectBuild.Outcome outcome, Source2GeneratedMapping generated, IProgressMonitor monitor)
			throws CoreException {
		try {
			new CodeGeneration(project).run(outcome.models(), generated, monitor);
		} catch (RuntimeException e) {
			if (DdiUiPlugin.isCancellation(e)) {
				throw e;
			}
			DdiUiPlugin.log("code generation failed for " + project.getName(), e);
			ProblemMarkers.builderProblem(project, IMarker.SEVERITY_WARNING, "DDI code generation failed: " + e + " (see the error log)");
		}
	}

	/** Builds lock only their own project: other projects stay editable meanwhile. */
	@Override
	public ISchedulingRule getRule(int kind, Map<String, String> args) {
		return getProject();
	}

	private static boolean hasErrors(IProject project) throws CoreException {
		return project.findMaxProblemSeverity(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE) >= IMarker.SEVERITY_ERROR;
	}

	private static URI projectUri(IProject project) {
		IPath path = project.getFullPath();
		return URI.createPlatformResourceURI(path.toString() + "/", true);
	}
}
