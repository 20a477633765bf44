/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.resource.FrozenSources;
import org.ddistudio.dsl.resource.ParallelLinker;
import org.ddistudio.dsl.resource.ParallelParser;
import org.ddistudio.dsl.validation.ParallelValidator;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * {@link ParallelLinker} and {@link ParallelValidator}: linking and validating the files of a
 * workspace on several threads gives every reference the same target and every file the same
 * diagnostics and issues as doing it file after file; workspaces where that would not be safe are
 * done file after file, and never hang.
 */
class ParallelLinkerTest {

	/** Units of three files (interfaces; drivers importing them; a system importing the drivers): most references cross files. */
	private static Map<String, String> generated(int units, boolean repeatFirstSeed) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int unit = 0; unit < units; unit++) {
			long seed = repeatFirstSeed && unit == units - 1 ? 700 : 700 + unit;
			String text = SyntheticSystems.toText(new SyntheticSystems.Shape(30, 5, 3, seed));
			files.putAll(SyntheticSystems.asUnitFiles("ws" + unit, text));
		}
		return files;
	}

	@Test
	void aGeneratedWorkspaceLinksAndValidatesInParallelAsSequentially() {
		// The last unit repeats the first one's seed: the same GUIDs in two packages, found only across files.
		Map<String, String> files = generated(5, true);
		Workspace sequential = Workspace.of(files);
		ParallelLinker.Linked one = sequential.link(1);
		assertFalse(one.parallel());
		assertTrue(one.allResolved());
		List<List<String>> expectedIssues = sequential.validate(1);
		assertTrue(expectedIssues.stream().anyMatch(list -> list.stream().anyMatch(issue -> issue.contains("DDI101"))),
				"the repeated unit shares GUIDs across files: " + expectedIssues);
		for (int threads : new int[] { 2, 3, 8 }) {
			Workspace parallel = Workspace.of(files);
			ParallelLinker.Linked linked = parallel.link(threads);
			assertTrue(linked.parallel(), threads + " threads");
			assertTrue(linked.allResolved());
			assertEquals(sequential.links(), parallel.links(), threads + " threads");
			assertEquals(expectedIssues, parallel.validate(threads), threads + " threads");
		}
	}

	@Test
	void unresolvedReferencesGiveTheSameDiagnosticsAndAreValidatedFileAfterFile() {
		Map<String, String> files = generated(3, false);
		// A consumer of an unknown interface and a device on an unknown driver, in two different files.
		files.compute("ws0/drivers.ddi", (name, text) -> text.replaceFirst("consume ", "consume NoSuchInterface\n    consume "));
		files.compute("ws1/stacks.ddi", (name, text) -> text.replaceFirst("function ", "function NoSuchDriver\n        function "));
		Workspace sequential = Workspace.of(files);
		sequential.link(1);
		List<List<String>> expectedIssues = sequential.validate(1);
		Workspace parallel = Workspace.of(files);
		ParallelLinker.Linked linked = parallel.link(2);
		assertTrue(linked.parallel());
		assertFalse(linked.allResolved(), "two references stay unresolved");
		assertEquals(sequential.links(), parallel.links());
		assertEquals(expectedIssues, parallel.validate(2));
		assertTrue(String.valueOf(expectedIssues).contains("NoSuchInterface"), String.valueOf(expectedIssues));
		assertTrue(String.valueOf(expectedIssues).contains("NoSuchDriver"), String.valueOf(expectedIssues));
	}

	/**
	 * Each file's interface extends an unknown one, and each file's consumer calls a member of the
	 * other file's interface: linking file a in parallel would follow a's consumer into b's unresolved
	 * base while b's thread follows b's consumer into a's (each holding its own file's lock). Such a
	 * workspace is linked file after file, with the same result, and always finishes. (Linking it in
	 * parallel regardless deadlocked within the first rounds when this test was written.)
	 */
	@Test
	void unknownBaseInterfacesAcrossFilesAreLinkedFileAfterFile() {
		Map<String, String> files = new LinkedHashMap<>();
		for (String[] pair : new String[][] { { "a", "b" }, { "b", "a" } }) {
			String own = pair[0];
			String other = pair[1];
			StringBuilder text = new StringBuilder("package " + own + "\nimport " + other + ".*\n");
			text.append("interface I_").append(own).append(" extends Missing_").append(own).append(" {\n  guid {0000000").append(own.equals("a") ? 1 : 2)
					.append("-0000-0000-0000-000000000000}\n  version 2\n  VOID Ping_").append(own).append("(_In_ PVOID Context);\n}\n");
			for (int i = 0; i < 50; i++) {
				text.append("driver D_").append(own).append(i).append(" function KMDF {\n  consume I_").append(other).append(" { calls Ping_")
						.append(other).append(" }\n}\n");
			}
			files.put(own + ".ddi", text.toString());
		}
		Workspace sequential = Workspace.of(files);
		sequential.link(1);
		List<List<String>> expectedIssues = sequential.validate(1);
		assertTrue(String.valueOf(expectedIssues).contains("Missing_a"), String.valueOf(expectedIssues));
		for (int round = 0; round < 5; round++) {
			Workspace parallel = Workspace.of(files);
			ParallelLinker.Linked linked = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parallel.link(2));
			assertFalse(linked.parallel(), "an unresolved base interface: file after file");
			assertEquals(sequential.links(), parallel.links());
			assertEquals(expectedIssues, assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parallel.validate(2)));
		}
	}

	@Test
	void withoutANameIndexFilesAreLinkedFileAfterFile() {
		Map<String, String> files = generated(2, false);
		Workspace sequential = Workspace.of(files);
		sequential.link(1);
		Workspace unindexed = Workspace.of(files, false);
		ParallelLinker.Linked linked = unindexed.link(2);
		assertFalse(linked.parallel());
		assertTrue(linked.allResolved());
		assertEquals(sequential.links(), unindexed.links());
	}

	/**
	 * Where the files cannot change ({@link FrozenSources}, the command line), each name of a
	 * top-level type is looked up once per file: every reference still gets the target and the
	 * diagnostics it gets where each is looked up, resolved or not.
	 */
	@Test
	void frozenFilesLinkAsFilesThatMayChange() {
		Map<String, String> files = generated(3, true);
		files.compute("ws0/drivers.ddi", (name, text) -> text.replaceFirst("consume ", "consume NoSuchInterface\n    consume NoSuchInterface\n    consume "));
		files.compute("ws1/stacks.ddi", (name, text) -> text.replace("function ", "function NoSuch"));
		// The same name for an interface and a driver: remembered per type of element, per file.
		files.put("twin/twin.ddi", """
				package twin
				interface Twin { guid {00000000-0000-0000-0000-0000000000BB} version 1 VOID Ping(_In_ PVOID Context); }
				driver Twin function KMDF { consume Twin { calls Ping } }
				system TwinSystem { device TwinDevice { pdo root function Twin } }
				""");
		Workspace mayChange = Workspace.of(files, true, false);
		mayChange.link(1);
		Workspace frozen = Workspace.of(files, true, true);
		frozen.link(1);
		assertEquals(mayChange.links(), frozen.links());
		assertTrue(frozen.links().stream().anyMatch(link -> link.contains("twin.ddi#/0/@declarations.1/@consumers.0 interface -> inmemory:/twin/twin.ddi#/0/@declarations.0")),
				String.join("\n", frozen.links()));
		assertTrue(mayChange.links().stream().filter(link -> link.contains("error") && link.contains("NoSuch")).count() > 10, "unresolved names");
		Workspace frozenInParallel = Workspace.of(files, true, true);
		frozenInParallel.link(2);
		assertEquals(mayChange.links(), frozenInParallel.links());
	}

	/** Files parsed into one resource set, with (or without) the name index the CLI installs, marked frozen as the CLI marks them. */
	private record Workspace(XtextResourceSet set) {

		static Workspace of(Map<String, String> files) {
			return of(files, true, true);
		}

		static Workspace of(Map<String, String> files, boolean index) {
			return of(files, index, true);
		}

		static Workspace of(Map<String, String> files, boolean index, boolean frozen) {
			List<ParallelParser.Input> inputs = new ArrayList<>();
			files.forEach((name, text) -> inputs.add(new ParallelParser.Input(URI.createURI("inmemory:/" + name), text)));
			List<ParallelParser.Parsed> parsed = ParallelParser.parse(DdiTestSupport.injector(), inputs, 2);
			XtextResourceSet set = DdiTestSupport.injector().getInstance(XtextResourceSet.class);
			ParallelParser.addAll(set, parsed);
			if (frozen) {
				FrozenSources.mark(set);
			}
			if (index) {
				ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set,
						new ResourceDescriptionsData(parsed.stream().map(ParallelParser.Parsed::description).toList()));
			}
			return new Workspace(set);
		}

		ParallelLinker.Linked link(int threads) {
			return ParallelLinker.link(List.copyOf(set.getResources()), threads);
		}

		/** Issues per file, as "line:column code message" lines. */
		List<List<String>> validate(int threads) {
			IResourceValidator validator = DdiTestSupport.injector().getInstance(IResourceValidator.class);
			List<List<Issue>> issues = ParallelValidator.validate(validator, List.copyOf(set.getResources()), CheckMode.ALL, threads);
			return issues.stream().map(list -> list.stream()
					.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + i.getCode() + " " + i.getMessage()).toList())
					.toList();
		}

		/**
		 * Every cross-reference of every file, without resolving anything: "file#source feature -> target"
		 * (a proxy as "unresolved"), followed by the file's errors and warnings.
		 */
		List<String> links() {
			List<String> links = new ArrayList<>();
			for (Resource resource : set.getResources()) {
				for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
					EObject object = it.next();
					for (EReference reference : object.eClass().getEAllReferences()) {
						if (reference.isContainment() || reference.isContainer() || reference.isTransient() || !object.eIsSet(reference)) {
							continue;
						}
						List<EObject> targets = new ArrayList<>();
						if (reference.isMany()) {
							InternalEList<?> list = (InternalEList<?>) object.eGet(reference, false);
							list.basicList().forEach(target -> targets.add((EObject) target));
						} else {
							targets.add((EObject) object.eGet(reference, false));
						}
						for (EObject target : targets) {
							links.add(EcoreUtil.getURI(object) + " " + reference.getName() + " -> "
									+ (target.eIsProxy() ? "unresolved " + ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target)));
						}
					}
				}
				resource.getErrors().forEach(d -> links.add(resource.getURI() + " error " + d.getLine() + ":" + d.getColumn() + " " + d.getMessage()));
				resource.getWarnings().forEach(d -> links.add(resource.getURI() + " warning " + d.getLine() + ":" + d.getColumn() + " " + d.getMessage()));
			}
			return links;
		}
	}
}
