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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The .ddi editor's reconcile after one keystroke, outside the workbench: the open file's resource is
 * re-parsed with the edited text, linked and validated, as the editor's reconciler thread does
 * (DdiDocument.read, then the resource validator; Xtext re-parses only the changed part where it can).
 * The file is a generated system of at least {@link #lines} lines (the one ui.tests' EditorLatencyBenchmark
 * opens in the editor); each operation alternately breaks and repairs one GUID digit in its middle,
 * so every operation re-parses and finds (or loses) one DDI100. The in-editor figure, typing pause and
 * annotation model included, comes from the ui.tests' EditorLatencyBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx2g", "-XX:+UseParallelGC" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReconcileBenchmark {

	/** Minimum length of the edited file in lines. */
	@Param({ "5000" })
	public int lines;

	/** The editor benchmark in ui.tests generates the same file. */
	static final long SEED = 7;

	private String original;
	private String edited;
	private XtextResource resource;
	private IResourceValidator validator;
	private boolean broken;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		original = SyntheticSystems.textOfAtLeast(lines, SEED);
		int middle = SyntheticSystems.middleGuidDigit(original);
		edited = original.substring(0, middle) + 'X' + original.substring(middle + 1);
		XtextResourceSet set = LanguageRuntime.injector().getInstance(XtextResourceSet.class);
		resource = (XtextResource) set.createResource(URI.createFileURI("/workspace/large.ddi"));
		resource.load(new StringInputStream(original, StandardCharsets.UTF_8.name()),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		if (!LanguageRuntime.errors(set, issues).isEmpty()) {
			throw new IllegalStateException("the generated file has errors: " + LanguageRuntime.errors(set, issues));
		}
		// the keystroke must do what it is meant to: one malformed GUID, nothing else
		resource.reparse(edited);
		List<String> afterEdit = LanguageRuntime.errors(set, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		if (afterEdit.size() != 1 || !afterEdit.get(0).contains("GUID")) {
			throw new IllegalStateException("the edit should give one malformed-GUID error, gave " + afterEdit);
		}
		resource.reparse(original);
	}

	/** One keystroke's reconcile; returns the issue count (one DDI100 every other time). */
	@Benchmark
	public int reparseLinkValidate() throws IOException {
		broken = !broken;
		resource.reparse(broken ? edited : original);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).size();
	}

	/** Prints the file's size, for the record. */
	public static void main(String[] args) {
		String text = SyntheticSystems.textOfAtLeast(args.length > 0 ? Integer.parseInt(args[0]) : 5000, SEED);
		System.out.println(text.lines().count() + " lines, " + text.length() / 1024 + " KB");
	}
}
