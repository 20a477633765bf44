/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Interface;
import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Named .ddi files in ONE resource set of the language (so that references across files resolve
 * through the index, as in a project), for a test: what it parsed, linked and reported.
 *
 * <p>A new test writes, for text in memory:
 *
 * <pre>
 * TestWorkspace workspace = TestWorkspace.of(Map.of("api.ddi", API, "drivers.ddi", DRIVERS));
 * List&lt;Issue&gt; issues = workspace.issues();              // every rule, as the editor and the CLI run them
 * SystemLayout system = TestWorkspace.of(TEXT).linked().system(); // fails on syntax or link errors, runs no rule
 * </pre>
 *
 * and for the repository's examples {@link Examples#example(String)}. Loading does not resolve
 * references: {@link #linked()} and {@link #issues()} do, as the command line and the editor do.
 */
public final class TestWorkspace {

	private final XtextResourceSet resourceSet;
	private final Map<String, XtextResource> resources = new LinkedHashMap<>();

	private TestWorkspace() {
		resourceSet = DdiInjectors.runtime().getInstance(XtextResourceSet.class);
	}

	/** One file named test.ddi. */
	public static TestWorkspace of(String text) {
		return of("test.ddi", text);
	}

	/** One file of that name. */
	public static TestWorkspace of(String name, String text) {
		return of(Map.of(name, text));
	}

	/** Several files (name to content, loaded in the map's order), each at {@code inmemory:/NAME}. */
	public static TestWorkspace of(Map<String, String> files) {
		TestWorkspace workspace = new TestWorkspace();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Resource resource = workspace.resourceSet.createResource(URI.createURI("inmemory:/" + file.getKey()));
			try {
				resource.load(new StringInputStream(file.getValue(), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			workspace.resources.put(file.getKey(), (XtextResource) resource);
		}
		return workspace;
	}

	/** Files on disk (name to path, loaded in the map's order) at their file URIs, as the command line reads them. */
	public static TestWorkspace load(Map<String, Path> files) {
		TestWorkspace workspace = new TestWorkspace();
		for (Map.Entry<String, Path> file : files.entrySet()) {
			URI uri = URI.createFileURI(file.getValue().toAbsolutePath().toString());
			workspace.resources.put(file.getKey(), (XtextResource) workspace.resourceSet.getResource(uri, true));
		}
		return workspace;
	}

	/**
	 * Resolves every reference and fails (AssertionError) on the first file with a syntax or linking
	 * error, without running the validators: for fixtures that break a rule on purpose to see what
	 * the simulator, the checker or the generators make of it.
	 */
	public TestWorkspace linked() {
		EcoreUtil.resolveAll(resourceSet);
		for (Map.Entry<String, XtextResource> file : resources.entrySet()) {
			if (!file.getValue().getErrors().isEmpty()) {
				throw new AssertionError(file.getKey() + " does not parse/link:\n" + file.getValue().getErrors().stream()
						.map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).collect(Collectors.joining("\n")));
			}
		}
		return this;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The files by name, in loading order. */
	public Map<String, XtextResource> resources() {
		return Collections.unmodifiableMap(resources);
	}

	/** The model of a file. */
	public DdiModel model(String name) {
		XtextResource resource = resources.get(name);
		if (resource == null) {
			throw new AssertionError("no file " + name + " in " + resources.keySet());
		}
		return (DdiModel) resource.getContents().get(0);
	}

	/** The model of the only (or first) file. */
	public DdiModel model() {
		return (DdiModel) resources.values().iterator().next().getContents().get(0);
	}

	/** The models of all files, in loading order. */
	public List<DdiModel> models() {
		return resources.values().stream().map(r -> (DdiModel) r.getContents().get(0)).toList();
	}

	/** The declarations of that type in all files, in loading order. */
	public <T extends Declaration> List<T> declarations(Class<T> type) {
		List<T> found = new ArrayList<>();
		for (DdiModel model : models()) {
			model.getDeclarations().stream().filter(type::isInstance).map(type::cast).forEach(found::add);
		}
		return found;
	}

	public List<SystemLayout> systems() {
		return declarations(SystemLayout.class);
	}

	/** The first system; fails when there is none. */
	public SystemLayout system() {
		return systems().stream().findFirst().orElseThrow(() -> new AssertionError("no system in " + resources.keySet()));
	}

	public List<Interface> interfaces() {
		return declarations(Interface.class);
	}

	/** All issues of all files, each file validated in full (syntax, linking and every rule). */
	public List<Issue> issues() {
		IResourceValidator validator = DdiInjectors.runtime().getInstance(IResourceValidator.class);
		List<Issue> all = new ArrayList<>();
		for (XtextResource resource : resources.values()) {
			all.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		return all;
	}

	/** The stable rule codes of all issues, in report order. */
	public List<String> codes() {
		return issues().stream().map(DdiRule::codeOf).collect(Collectors.toList());
	}

	/** Issues rendered as "line:column SEVERITY CODE message", for readable assertion failures. */
	public String describe() {
		return issues().stream()
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + DdiRule.codeOf(i) + " " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
