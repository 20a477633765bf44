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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ddistudio.dsl.resource.DdiResource;
import org.ddistudio.dsl.resource.DetachedSource;
import org.ddistudio.dsl.resource.FrozenSources;
import org.ddistudio.dsl.resource.ParallelParser;
import org.ddistudio.dsl.resource.ParallelParser.SourceModel;
import org.ddistudio.dsl.resource.SourceNodes;
import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.dsl.validation.ParallelValidator;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Interface;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Files whose node model is detached right after parsing ({@link DdiResource#detachSourceModel}, what
 * the command line does to keep its heap small) link and validate exactly as files that keep it (the
 * editor): the same targets, and the same issues with every field (place to the column and end,
 * message, code, data, syntax error or not), for the examples and for files made to hit every kind of
 * finding the detachment touches: syntax errors, unresolved names (also written with comments and line
 * breaks inside), values that fail to convert, rules that name a line, and Windows line ends.
 */
class DetachedSourceModelTest {

	/** Every example folder in one workspace (the broken example has findings of most rules). */
	private static Map<String, String> examples() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		Path root = Examples.root();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(p -> p.toString().endsWith(".ddi")).sorted().toList()) {
				files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	/** Files that reach what the detachment replaces: detached names, syntax errors, lines in messages, feature places. */
	private static Map<String, String> findings() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("findings/api.ddi", """
				package findings.api
				/** documented */
				interface Versionless { guid {00000000-0000-0000-0000-0000000000A1} VOID Ping(_In_ PVOID Context); }
				interface Zero { guid {00000000-0000-0000-0000-0000000000A2} version 0 VOID Ping(_In_ PVOID Context); }
				interface Huge { guid {00000000-0000-0000-0000-0000000000A3} version 99999999999999999999 VOID Ping(_In_ PVOID Context); }
				interface Wide { guid {00000000-0000-0000-0000-0000000000A4} version 0x10000 VOID Ping(_In_ PVOID Context); }
				interface Bad { guid {0000000G-0000-0000-0000-0000000000A5} version 1 VOID Ping(_In_ PVOID Context); }
				interface Child extends Missing { version 2 }
				""");
		files.put("findings/drivers.ddi", """
				package findings.drivers
				import findings.api.*
				driver Consumer function KMDF {
				    consume NoSuchInterface
				    consume findings . /* a comment */ api.
				        NoSuchEither
				    consume findings.api.Zero { calls Missing }
				}
				driver Producer function KMDF { produce findings.api.Wide on fdo }
				driver Twice function KMDF { produce findings.api.Wide on fdo }
				""");
		files.put("findings/stacks.ddi", """
				package findings.stacks
				import findings.drivers.*
				system S {
				    device D {
				        pdo root
				        function Producer
				        function Twice
				        function NoSuchDriver
				    }
				    device E parent D { pdo root function Consumer }
				    scenario Run {
				        start all
				        E queries findings.api.Zero
				        remove D
				        E releases findings.api.Zero
				        E releases findings.api.Zero
				    }
				}
				""");
		files.put("findings/broken-syntax.ddi", "package findings.syntax\ninterface Cut { guid {00000000-0000-0000-0000-0000000000B1} version 1 VOID Ping(_In_ \n");
		files.put("findings/garbage.ddi", "@@ \u00e9\u0000 } driver { { ;\n");
		return files;
	}

	@Test
	void theExamplesValidateAsWithTheNodeModel() throws IOException {
		assertSameAsWithNodeModel(examples(), true);
	}

	@Test
	void findingsOfEveryKindArePlacedAsWithTheNodeModel() {
		List<String> issues = assertSameAsWithNodeModel(findings(), false);
		// the corpus reaches what it is meant to reach (else the comparison could pass on nothing)
		for (String expected : List.of("NoSuchInterface", "NoSuchEither", "NoSuchDriver", "has no version", "too large", "does not fit",
				"malformed GUID", " line ")) {
			assertTrue(issues.stream().anyMatch(issue -> issue.contains(expected)), expected + " in " + String.join("\n", issues));
		}
		assertTrue(issues.stream().anyMatch(issue -> issue.contains("syntax=true")), "syntax errors");
		assertFalse(issues.stream().anyMatch(issue -> issue.contains("interface 'Zero' has no version")), "version 0 is written");
		assertFalse(issues.stream().anyMatch(issue -> issue.contains("interface 'Huge' has no version")), "a too large version is written");
	}

	@Test
	void windowsLineEndsArePlacedAsWithTheNodeModel() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		findings().forEach((name, text) -> files.put(name, text.replace("\n", "\r\n")));
		examples().forEach((name, text) -> files.put("crlf/" + name, text.replace("\r\n", "\n").replace("\n", "\r\n")));
		assertSameAsWithNodeModel(files, false);
	}

	@Test
	void aGeneratedWorkspaceValidatesAsWithTheNodeModel() {
		Map<String, String> files = new LinkedHashMap<>();
		for (int unit = 0; unit < 4; unit++) {
			// the last unit repeats the first one's seed: findings across files (the same GUIDs twice)
			files.putAll(SyntheticSystems.asUnitFiles("ws" + unit, SyntheticSystems.toText(new SyntheticSystems.Shape(20, 4, 3, unit == 3 ? 40 : 40 + unit))));
		}
		assertSameAsWithNodeModel(files, true);
	}

	/**
	 * As the IDE builder does it: the files detached with their references left lazy
	 * ({@code detachSourceModel(text, false)}), each validated in turn by Xtext's own validator, which
	 * links the file and whatever its rules read of the others on demand: the same issues as the same
	 * done with the node models.
	 */
	@Test
	void filesDetachedWithLazyReferencesValidateOneByOneAsWithTheNodeModel() throws IOException {
		Map<String, String> files = new LinkedHashMap<>(findings());
		examples().forEach((name, text) -> files.put("examples/" + name, text));
		findings().forEach((name, text) -> files.put("crlf/" + name, text.replace("\n", "\r\n")));
		Workspace kept = Workspace.of(files, SourceModel.KEEP);
		Workspace lazy = Workspace.of(files, SourceModel.KEEP);
		for (Resource resource : lazy.resources()) {
			DdiResource ddi = (DdiResource) resource;
			ddi.detachSourceModel(files.get(resource.getURI().path().substring(1)), false);
			assertFalse(ddi.hasReferencesOutOfModel(), "references stay in the model as lazy proxies");
		}
		List<String> expected = kept.validateOneByOne();
		assertTrue(expected.stream().anyMatch(issue -> issue.contains("NoSuchEither")), String.join("\n", expected));
		assertEquals(String.join("\n", expected), String.join("\n", lazy.validateOneByOne()));
		assertEquals(kept.targets(), lazy.targets());
	}

	/** What a detached file keeps (text, spans, lines) and gives up (nodes). */
	@Test
	void aDetachedFileHasNoNodesButItsSpansAndText() {
		Map<String, String> files = findings();
		Workspace kept = Workspace.of(files, SourceModel.KEEP);
		Workspace detached = Workspace.of(files, SourceModel.DETACH);
		for (int i = 0; i < kept.resources().size(); i++) {
			DdiResource keeping = (DdiResource) kept.resources().get(i);
			DdiResource resource = (DdiResource) detached.resources().get(i);
			assertNull(keeping.detachedSource());
			DetachedSource source = resource.detachedSource();
			assertNotNull(source);
			assertNull(resource.getParseResult());
			assertEquals(files.get(resource.getURI().path().substring(1)), source.text(), "the caller's text is kept");
			List<EObject> keptElements = elements(keeping);
			List<EObject> elements = elements(resource);
			assertEquals(keptElements.size(), elements.size());
			for (int e = 0; e < elements.size(); e++) {
				EObject element = elements.get(e);
				assertTrue(element.eAdapters().stream().noneMatch(INode.class::isInstance), "no node adapter");
				assertNull(NodeModelUtils.getNode(element));
				ICompositeNode node = NodeModelUtils.findActualNodeFor(keptElements.get(e));
				assertEquals(node.getOffset(), source.spans().offset(element));
				assertEquals(node.getEndOffset(), source.spans().endOffset(element));
				assertEquals(SourceNodes.startLine(keptElements.get(e)), SourceNodes.startLine(element), EcoreUtil.getURI(element).toString());
			}
			assertThrows(IllegalStateException.class, () -> resource.detachSourceModel(source.text()), "detached once");
		}
		// Until a file is linked its cross-references are out of the model (the base interface, read by
		// other files' linking, stays); linking puts them back and resolves them as with the node model.
		DdiResource drivers = (DdiResource) detached.resources().get(1);
		Consumer zero = (Consumer) drivers.getContents().get(0).eContents().get(1).eContents().get(2);
		assertTrue(drivers.hasReferencesOutOfModel());
		assertFalse(zero.eIsSet(DdiPackage.Literals.CONSUMER__INTERFACE), "out of the model until linked");
		Interface child = (Interface) detached.resources().get(0).getContents().get(0).eContents().get(5);
		assertTrue(child.eIsSet(DdiPackage.Literals.INTERFACE__BASE), "a base interface stays in the model");
		detached.validate(2);
		assertFalse(drivers.hasReferencesOutOfModel());
		assertEquals("Zero", zero.getInterface().getName());
		assertEquals(kept.targets(), detached.targets());
	}

	private static List<EObject> elements(Resource resource) {
		List<EObject> elements = new ArrayList<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			elements.add(it.next());
		}
		return elements;
	}

	/**
	 * Validates the files keeping the node models (one thread: the reference) and detached (one and
	 * two threads); asserts the same issues and the same link targets; answers the issues.
	 */
	private static List<String> assertSameAsWithNodeModel(Map<String, String> files, boolean expectClean) {
		Workspace kept = Workspace.of(files, SourceModel.KEEP);
		List<String> expected = kept.validate(1);
		if (expectClean) {
			assertTrue(expected.stream().noneMatch(issue -> issue.contains("syntax=true")), String.join("\n", expected));
		}
		for (int threads : new int[] { 1, 2 }) {
			Workspace detached = Workspace.of(files, SourceModel.DETACH);
			List<String> actual = detached.validate(threads);
			assertEquals(String.join("\n", expected), String.join("\n", actual), threads + " threads");
			assertEquals(kept.targets(), detached.targets(), threads + " threads: link targets");
		}
		return expected;
	}

	/** Files parsed into one resource set with the name index, frozen, as the command line loads them. */
	private record Workspace(XtextResourceSet set) {

		static Workspace of(Map<String, String> files, SourceModel sourceModel) {
			List<ParallelParser.Input> inputs = new ArrayList<>();
			files.forEach((name, text) -> inputs.add(new ParallelParser.Input(URI.createURI("inmemory:/" + name), text)));
			List<ParallelParser.Parsed> parsed = ParallelParser.parse(DdiTestSupport.injector(), inputs, 2, sourceModel);
			XtextResourceSet set = DdiTestSupport.injector().getInstance(XtextResourceSet.class);
			ParallelParser.addAll(set, parsed);
			FrozenSources.mark(set);
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set,
					new ResourceDescriptionsData(parsed.stream().map(ParallelParser.Parsed::description).toList()));
			return new Workspace(set);
		}

		List<Resource> resources() {
			return List.copyOf(set.getResources());
		}

		/** Every issue with every field Xtext gives it, in report order per file. */
		List<String> validate(int threads) {
			IResourceValidator validator = DdiTestSupport.injector().getInstance(IResourceValidator.class);
			List<String> issues = new ArrayList<>();
			ParallelValidator.validate(validator, resources(), CheckMode.ALL, threads).forEach(list -> list.forEach(issue -> issues.add(describe(issue))));
			return issues;
		}

		/** Each file validated in turn by Xtext's validator alone (no linking pass first), as the IDE builder does. */
		List<String> validateOneByOne() {
			IResourceValidator validator = DdiTestSupport.injector().getInstance(IResourceValidator.class);
			List<String> issues = new ArrayList<>();
			for (Resource resource : resources()) {
				validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).forEach(issue -> issues.add(describe(issue)));
			}
			return issues;
		}

		/** The target of every cross-reference (resolving it), as "source feature -> target". */
		List<String> targets() {
			List<String> targets = new ArrayList<>();
			for (Resource resource : resources()) {
				for (EObject element : elements(resource)) {
					for (EObject target : element.eCrossReferences()) {
						targets.add(EcoreUtil.getURI(element) + " -> " + (target.eIsProxy() ? "unresolved" : EcoreUtil.getURI(target)));
					}
				}
			}
			return targets;
		}
	}

	private static String describe(Issue issue) {
		return issue.getUriToProblem() + " " + issue.getSeverity() + " " + DdiRule.codeOf(issue) + " " + issue.getCode() + " at "
				+ issue.getOffset() + "+" + issue.getLength() + " " + issue.getLineNumber() + ":" + issue.getColumn() + "-" + issue.getLineNumberEnd()
				+ ":" + issue.getColumnEnd() + " syntax=" + issue.isSyntaxError() + " type=" + issue.getType() + " data="
				+ Arrays.toString(issue.getData()) + " " + issue.getMessage();
	}
}
