/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.dsl.resource.FrozenSources;
import org.ddistudio.dsl.resource.ParallelLinker;
import org.ddistudio.dsl.resource.ParallelParser;
import org.ddistudio.dsl.resource.ParallelParser.SourceModel;
import org.ddistudio.dsl.testing.DdiInjectors;
import org.ddistudio.dsl.validation.ParallelValidator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** The DDI language outside OSGi, the way the CLI runs it: every file in ONE resource set. */
final class LanguageRuntime {

	/** -Dddi.bench.noIndex=true leaves the name index out (the linking of before 2026-11-21, for comparison). */
	static final boolean INDEX = !Boolean.getBoolean("ddi.bench.noIndex");

	private LanguageRuntime() {
	}

	/** The language's injector, shared with the tests (the generated DdiInjectorProvider's). */
	static Injector injector() {
		return DdiInjectors.runtime();
	}

	/**
	 * Threads that parse, link and validate (-Dddi.bench.threads; default: all processors, as the
	 * CLI). 1 is the sequential path, for comparison in the same jar.
	 */
	static final int THREADS = Integer.getInteger("ddi.bench.threads", Runtime.getRuntime().availableProcessors());

	/**
	 * Parses every file into one new resource set (no linking yet), as DdiWorkspace.load does: each
	 * file's node model detached once it is parsed (-Dddi.bench.keepNodes=true keeps them, as before
	 * 2026-11-21's fourth session, for comparison).
	 */
	static XtextResourceSet parse(List<SyntheticWorkspace.File> files) {
		return parse(files, Boolean.getBoolean("ddi.bench.keepNodes") ? SourceModel.KEEP : SourceModel.DETACH);
	}

	/** As {@link #parse(List)}, keeping or detaching the node models. */
	static XtextResourceSet parse(List<SyntheticWorkspace.File> files, SourceModel sourceModel) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		List<ParallelParser.Input> inputs = files.stream()
				.map(file -> new ParallelParser.Input(URI.createFileURI("/workspace/" + file.name()), file.text())).toList();
		List<ParallelParser.Parsed> parsed = ParallelParser.parse(injector(), inputs, Math.min(THREADS, files.size()), sourceModel);
		ParallelParser.addAll(set, parsed);
		FrozenSources.mark(set); // as the CLI: the files do not change after loading
		if (INDEX) {
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set,
					new ResourceDescriptionsData(parsed.stream().map(ParallelParser.Parsed::description).toList()));
		}
		return set;
	}

	/** Resolves every cross-reference of every resource, on THREADS threads, as DdiWorkspace does. */
	static ParallelLinker.Linked link(XtextResourceSet set) {
		return ParallelLinker.link(List.copyOf(set.getResources()), THREADS);
	}

	/** Links (unless done) and validates every resource (syntax, linking and all rules) as the CLI does; returns all issues. */
	static List<Issue> validate(XtextResourceSet set) {
		return validate(set, null);
	}

	/** As {@link #validate(XtextResourceSet)}, after {@link #link(XtextResourceSet)} gave {@code linked} (null: not linked yet). */
	static List<Issue> validate(XtextResourceSet set, ParallelLinker.Linked linked) {
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		List<Resource> resources = List.copyOf(set.getResources());
		List<List<Issue>> perFile = linked == null ? ParallelValidator.validate(validator, resources, CheckMode.ALL, THREADS)
				: ParallelValidator.validate(validator, resources, CheckMode.ALL, THREADS, linked);
		List<Issue> issues = new ArrayList<>();
		perFile.forEach(issues::addAll);
		return issues;
	}

	/** Error-severity issues, as "file: message" lines. */
	static List<String> errors(XtextResourceSet set, List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.map(i -> i.getUriToProblem() + ":" + i.getLineNumber() + ": " + i.getMessage()).toList();
	}
}
