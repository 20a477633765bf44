package org.ddistudio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.DdiStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** The DDI language outside OSGi, the way the CLI runs it: every file in ONE resource set. */
final class LanguageRuntime {

	/** -Dddi.bench.noIndex=true leaves the name index out (the linking of before 2026-11-21, for comparison). */
	static final boolean INDEX = !Boolean.getBoolean("ddi.bench.noIndex");

	private static Injector injector;

	private LanguageRuntime() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Parses every file into one new resource set (no linking yet). */
	static XtextResourceSet parse(List<SyntheticWorkspace.File> files) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		for (SyntheticWorkspace.File file : files) {
			Resource resource = set.createResource(URI.createFileURI("/workspace/" + file.name()));
			try {
				resource.load(new StringInputStream(file.text(), StandardCharsets.UTF_8.name()),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		if (INDEX) {
			index(set);
		}
		return set;
	}

	/** The name index of all files, as DdiWorkspace.load installs it (global scope lookups by name). */
	static void index(XtextResourceSet set) {
		IResourceDescription.Manager manager = injector().getInstance(IResourceDescription.Manager.class);
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			resource.getContents(); // derived state first, as DdiWorkspace.index does (names computed once)
			descriptions.add(manager.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, new ResourceDescriptionsData(descriptions));
	}

	/** Resolves every cross-reference of every resource. */
	static void link(XtextResourceSet set) {
		for (Resource resource : List.copyOf(set.getResources())) {
			EcoreUtil2.resolveAll(resource);
		}
	}

	/** Validates every resource (syntax, linking and all rules) as the CLI does; returns all issues. */
	static List<Issue> validate(XtextResourceSet set) {
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : List.copyOf(set.getResources())) {
			issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		return issues;
	}

	/** Error-severity issues, as "file: message" lines. */
	static List<String> errors(XtextResourceSet set, List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.map(i -> i.getUriToProblem() + ":" + i.getLineNumber() + ": " + i.getMessage()).toList();
	}
}
