/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.resource.FrozenSources;
import org.ddistudio.dsl.resource.ParallelLinker;
import org.ddistudio.dsl.resource.ParallelParser;
import org.ddistudio.dsl.resource.ParallelParser.SourceModel;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.dsl.validation.ParallelValidator;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Workspaces of several files, as the command line loads them (parsed, linked and validated on
 * several threads, names remembered where files cannot change, node models detached right after
 * parsing): whatever the edits, the issues of every file are exactly those of doing everything on one
 * thread with the node models kept, as the editor has them (every field: place to the column and end,
 * code, message), and the passes finish (linking files in parallel can deadlock when it follows an
 * unresolved reference into another file; that case must be detected and done file after file).
 */
class WorkspaceProperties {

	private static final List<String> TOKENS = List.of("{", "}", ";", "extends", "extends Missing", "import", "consume", "calls", "parent",
			"target", "->", "function", "pdo", "device", "interface", "queries", "as", "ws0.api.", "ws1.drivers.");

	/** Two or three generated units (api, drivers, stacks: references across files), some files edited. */
	@Provide
	Arbitrary<Map<String, String>> editedWorkspaces() {
		Arbitrary<Long> seed = Arbitraries.longs().between(1, 1_000_000);
		Arbitrary<Integer> units = Arbitraries.integers().between(2, 3);
		Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.doubles().between(0, 1),
				Arbitraries.integers().between(1, 120), Arbitraries.of(TOKENS)).as(Mutation::new);
		Arbitrary<List<Integer>> editedFiles = Arbitraries.integers().between(0, 8).list().ofMinSize(0).ofMaxSize(3);
		Arbitrary<List<Mutation>> edits = mutation.list().ofMinSize(1).ofMaxSize(3);
		// An interface extending an unknown one (in one unit, or in every unit) is what makes linking go file after file.
		Arbitrary<Integer> unknownBases = Arbitraries.integers().between(0, 2);
		return Combinators.combine(seed, units, editedFiles, edits, unknownBases).as((s, n, which, changes, bases) -> {
			Map<String, String> files = new LinkedHashMap<>();
			for (int unit = 0; unit < n; unit++) {
				files.putAll(SyntheticSystems.asUnitFiles("ws" + unit, SyntheticSystems.toText(new SyntheticSystems.Shape(12, 3, 2, s + unit))));
				if (bases == 2 || bases == 1 && unit == 0) {
					files.computeIfPresent("ws" + unit + "/api.ddi", (name, text) -> text.replaceFirst("(interface \\w+) \\{", "$1 extends Missing {"));
				}
			}
			List<String> names = new ArrayList<>(files.keySet());
			for (int index : which) {
				String name = names.get(index % names.size());
				String text = files.get(name);
				for (Mutation change : changes) {
					text = change.applyTo(text);
				}
				files.put(name, text);
			}
			return files;
		});
	}

	@Property
	void validatingOnSeveralThreadsGivesTheIssuesOfOneThread(@ForAll("editedWorkspaces") Map<String, String> files) {
		List<List<String>> oneThread = validate(files, 1, SourceModel.KEEP).issues();
		for (int threads : new int[] { 1, 2, 3 }) {
			Validated validated = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validate(files, threads, SourceModel.DETACH));
			assertEquals(oneThread, validated.issues(), threads + " threads, node models detached");
			if (threads == 2) {
				// which paths the generated workspaces took (printed by jqwik after the run)
				Statistics.collect(validated.linked().parallel() ? "linked in parallel" : "linked file after file",
						validated.linked().allResolved() ? "validated in parallel" : "validated file after file");
			}
		}
	}

	/** The issues of each file, in order, and how the files were linked. */
	private record Validated(List<List<String>> issues, ParallelLinker.Linked linked) {
	}

	/** Parses, links and validates the files as DdiWorkspace does (which detaches the node models). */
	private static Validated validate(Map<String, String> files, int threads, SourceModel sourceModel) {
		List<ParallelParser.Input> inputs = new ArrayList<>();
		files.forEach((name, text) -> inputs.add(new ParallelParser.Input(URI.createURI("inmemory:/" + name), text)));
		List<ParallelParser.Parsed> parsed = ParallelParser.parse(Language.injector(), inputs, threads, sourceModel);
		XtextResourceSet set = Language.injector().getInstance(XtextResourceSet.class);
		ParallelParser.addAll(set, parsed);
		FrozenSources.mark(set);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set,
				new ResourceDescriptionsData(parsed.stream().map(ParallelParser.Parsed::description).toList()));
		IResourceValidator validator = Language.injector().getInstance(IResourceValidator.class);
		ParallelLinker.Linked linked = ParallelLinker.link(List.copyOf(set.getResources()), threads);
		List<List<Issue>> issues = ParallelValidator.validate(validator, List.copyOf(set.getResources()), CheckMode.ALL, threads, linked);
		return new Validated(issues.stream().map(list -> list.stream()
				.map(i -> i.getUriToProblem() + " " + i.getOffset() + "+" + i.getLength() + " " + i.getLineNumber() + ":" + i.getColumn() + "-"
						+ i.getLineNumberEnd() + ":" + i.getColumnEnd() + " " + i.getSeverity() + " " + DdiRule.codeOf(i) + " syntax=" + i.isSyntaxError()
						+ " " + i.getMessage()).toList())
				.toList(), linked);
	}
}
