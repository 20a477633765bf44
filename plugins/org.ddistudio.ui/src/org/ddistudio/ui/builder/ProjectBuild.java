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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddistudio.dsl.resource.DdiResource;
import org.ddistudio.model.DdiModel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.build.Source2GeneratedMapping;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * One build of the .ddi files of a project, independent of the Eclipse builder protocol: Xtext's
 * incremental builder updates the index and computes the affected files, then the affected files are
 * validated with the whole project loaded.
 *
 * Xtext's builder validates each file right after loading it, while files later in its queue are not
 * loaded yet; DDI's whole-system rules read every loaded file (dsl's ModelScope) and would judge a
 * partial project. So Xtext runs index-only here, and validation follows once every file is loaded.
 */
final class ProjectBuild {

	/** What a build found: the new index, the issues of each validated file, and the loaded models. */
	record Outcome(IndexState state, Map<URI, List<Issue>> issues, Set<URI> deleted, List<DdiModel> models) {
	}

	private final Injector injector;
	private final CancelIndicator cancel;

	ProjectBuild(Injector injector, CancelIndicator cancel) {
		this.injector = injector;
		this.cancel = cancel;
	}

	/**
	 * Builds from {@code previous} (an empty state for a full build) with the given changes. The previous
	 * state is not modified, so a cancelled build leaves it usable.
	 */
	Outcome run(IndexState previous, List<URI> dirty, List<URI> deleted, URI projectFolder, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		IndexState state = new IndexState(previous.getResourceDescriptions().copy(), new Source2GeneratedMapping());
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		// linking resolves names against the index being built, so files need not be loaded to be found
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, state.getResourceDescriptions());

		BuildRequest request = new BuildRequest();
		request.setBaseDir(projectFolder);
		request.setDirtyFiles(new ArrayList<>(dirty));
		request.setDeletedFiles(new ArrayList<>(deleted));
		request.setState(state);
		request.setResourceSet(resourceSet);
		request.setIndexOnly(true);
		request.setCancelIndicator(cancel);
		request.setAfterValidate((uri, issues) -> true);
		IResourceServiceProvider language = injector.getInstance(IResourceServiceProvider.class);
		IncrementalBuilder.Result result = injector.getInstance(IncrementalBuilder.class).build(request,
				uri -> language.canHandle(uri) ? language : null);
		progress.worked(2);

		Set<URI> affected = new LinkedHashSet<>();
		Set<URI> gone = new LinkedHashSet<>(deleted);
		for (IResourceDescription.Delta delta : result.getAffectedResources()) {
			(delta.getNew() != null ? affected : gone).add(delta.getUri());
		}
		ResourceDescriptionsData index = result.getIndexState().getResourceDescriptions();
		List<URI> all = new ArrayList<>(index.getAllURIs());
		all.sort(Comparator.comparing(URI::toString));
		if (!affected.isEmpty() || !gone.isEmpty()) {
			if (SystemWideRules.apply(index)) {
				affected.addAll(all);
			} else {
				affected.addAll(SystemWideRules.sharingNames(result.getAffectedResources(), index));
			}
		}

		// every file of the project loaded, so whole-system rules see the project
		SubMonitor loading = progress.split(3).setWorkRemaining(all.size());
		List<DdiModel> models = new ArrayList<>();
		for (URI uri : all) {
			checkCanceled();
			Resource resource = resourceSet.getResource(uri, true);
			if (resource instanceof DdiResource ddi && ddi.detachedSource() == null && ddi.getParseResult() != null) {
				// A build needs no node model: its findings are placed from the text as exactly as from the
				// nodes (DdiDiagnosticConverter), and the project's files, all held until the build ends,
				// take about 40% less heap without them (docs/performance.md, "Node models detached").
				// References stay lazy: only the affected files are validated (and so linked).
				ddi.detachSourceModel(null, false);
			}
			for (EObject root : resource.getContents()) {
				if (root instanceof DdiModel model) {
					models.add(model);
				}
			}
			loading.worked(1);
		}

		SubMonitor validating = progress.split(5).setWorkRemaining(affected.size());
		Map<URI, List<Issue>> issues = new LinkedHashMap<>();
		for (URI uri : affected) {
			checkCanceled();
			validating.subTask(uri.lastSegment());
			Resource resource = resourceSet.getResource(uri, true);
			IResourceValidator validator = language.getResourceValidator();
			issues.put(uri, validator.validate(resource, CheckMode.ALL, cancel));
			validating.worked(1);
		}
		return new Outcome(result.getIndexState(), issues, gone, models);
	}

	private void checkCanceled() {
		injector.getInstance(OperationCanceledManager.class).checkCanceled(cancel);
	}
}
