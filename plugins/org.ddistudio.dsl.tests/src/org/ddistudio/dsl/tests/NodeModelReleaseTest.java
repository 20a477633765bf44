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
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ddistudio.dsl.resource.NodeModelRelease;
import org.ddistudio.dsl.resource.SourceSpans;
import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeModelRelease} on every bundled example (all folders in one set, as ExamplesTest's
 * allExamplesTogether) and on a generated workspace: the model stays as parsed, every span is the
 * node model's, nothing of Xtext stays attached, the node model becomes garbage, and a set with an
 * unresolved reference is refused unchanged.
 */
class NodeModelReleaseTest {

	/** The resource set's adapter of each resource that keeps its URI map current (a protected class). */
	private static final String URI_LISTENER = XtextResourceSet.class.getName() + "$UriChangeListener";

	@Test
	void theModelIsUnchangedAndEverySpanIsTheNodeModels() {
		int elements = assertModelAndSpansKept(examples());
		assertTrue(elements > 500, "the examples have " + elements + " elements");
	}

	/** Over ten thousand elements, most references across files: the span table well filled and probed. */
	@Test
	void aGeneratedWorkspaceToo() {
		Map<String, String> files = new LinkedHashMap<>();
		for (int unit = 0; unit < 4; unit++) {
			String text = SyntheticSystems.toText(new SyntheticSystems.Shape(700, 12, 8, 700 + unit));
			files.putAll(SyntheticSystems.asUnitFiles("ws" + unit, text));
		}
		int elements = assertModelAndSpansKept(files);
		assertTrue(elements > 10_000, "the workspace has " + elements + " elements");
	}

	/** Releases the files' set: equal to a fresh parse, every element with its node's span; returns the elements. */
	private static int assertModelAndSpansKept(Map<String, String> files) {
		XtextResourceSet set = validated(files);
		Map<EObject, long[]> expected = nodeSpans(set);
		XtextResourceSet fresh = validated(files);

		Map<XtextResource, SourceSpans> spans = NodeModelRelease.release(set);

		assertEquals(set.getResources().size(), spans.size());
		List<EObject> roots = new ArrayList<>();
		List<EObject> freshRoots = new ArrayList<>();
		set.getResources().forEach(r -> roots.addAll(r.getContents()));
		fresh.getResources().forEach(r -> freshRoots.addAll(r.getContents()));
		assertTrue(EcoreUtil.equals(roots, freshRoots), "the released model equals a fresh parse");
		int elements = 0;
		for (Resource resource : set.getResources()) {
			SourceSpans recorded = spans.get(resource);
			assertNotNull(recorded, resource.getURI().toString());
			int inResource = 0;
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				long[] span = expected.get(element);
				String where = resource.getURI().lastSegment() + " " + EcoreUtil.getURI(element).fragment();
				assertEquals(span[0], recorded.offset(element), where);
				assertEquals(span[1], recorded.endOffset(element), where);
				inResource++;
			}
			assertEquals(inResource, recorded.size());
			elements += inResource;
		}
		assertEquals(expected.size(), elements);
		return elements;
	}

	@Test
	void nothingOfXtextStaysAttached() {
		XtextResourceSet set = validated(examples());
		assertTrue(set.eAdapters().stream().anyMatch(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance));
		assertTrue(set.eAdapters().size() >= 2, "the name index and the validators' index: " + set.eAdapters());
		assertTrue(countAdapters(set) > 0);

		NodeModelRelease.release(set);

		assertEquals(List.of(), set.eAdapters(), "the set's indexes");
		for (Resource resource : set.getResources()) {
			XtextResource xtext = (XtextResource) resource;
			assertNull(xtext.getParseResult());
			// only the set's own listener that keeps its URI map current; no scope cache, no imported names
			assertTrue(resource.eAdapters().stream().allMatch(a -> a.getClass().getName().equals(URI_LISTENER)),
					resource.getURI() + ": " + resource.eAdapters());
			assertTrue(resource.getErrors().isEmpty() && resource.getWarnings().isEmpty());
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				assertEquals(List.<Adapter>of(), element.eAdapters(), EcoreUtil.getURI(element).toString());
				assertNull(NodeModelUtils.getNode(element));
			}
		}
		assertEquals(set.getResources().size(), countAdapters(set), "one URI listener per resource, nothing else");
		assertThrows(IllegalStateException.class, () -> NodeModelRelease.release(set), "a second release finds no node model");
	}

	@Test
	void theNodeModelBecomesGarbage() {
		XtextResourceSet set = validated(examples());
		List<WeakReference<ICompositeNode>> roots = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			roots.add(new WeakReference<>(((XtextResource) resource).getParseResult().getRootNode()));
		}
		NodeModelRelease.release(set);
		for (int attempt = 0; attempt < 20 && roots.stream().anyMatch(r -> r.get() != null); attempt++) {
			System.gc();
		}
		assertTrue(roots.stream().allMatch(r -> r.get() == null), "something still holds a node model");
		assertFalse(set.getResources().isEmpty());
	}

	@Test
	void anUnresolvedReferenceIsRefusedAndNothingChanges() {
		Map<String, String> files = new LinkedHashMap<>(examples());
		files.put("unresolved.ddi", "package unresolved\ndriver D bus KMDF { produce NO_SUCH_INTERFACE on child-pdo }\n");
		XtextResourceSet set = validated(files);
		List<Adapter> setAdapters = List.copyOf(set.eAdapters());
		int adapters = countAdapters(set);

		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> NodeModelRelease.release(set));

		assertTrue(refused.getMessage().contains("unresolved reference Producer.interface"), refused.getMessage());
		assertEquals(setAdapters, set.eAdapters());
		assertEquals(adapters, countAdapters(set));
		for (Resource resource : set.getResources()) {
			assertNotNull(((XtextResource) resource).getParseResult(), resource.getURI().toString());
		}
		XtextResource unresolved = (XtextResource) set.getResources().get(set.getResources().size() - 1);
		assertThrows(IllegalStateException.class, () -> NodeModelRelease.release(unresolved));
		assertNotNull(unresolved.getParseResult());
		assertFalse(unresolved.getErrors().isEmpty(), "the linking error is kept");
	}

	/** Every bundled example folder, keyed by path relative to examples/, in a stable order. */
	static Map<String, String> examples() {
		Path root = Examples.root();
		Map<String, String> files = new LinkedHashMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path file : all.filter(p -> p.toString().endsWith(".ddi")).sorted().toList()) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	/** Parsed into one set and validated in full (which resolves every reference first), as ddi validate does. */
	private static XtextResourceSet validated(Map<String, String> files) {
		XtextResourceSet set = DdiTestSupport.injector().getInstance(XtextResourceSet.class);
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Resource resource = set.createResource(URI.createURI("inmemory:/" + file.getKey()));
				resource.load(new StringInputStream(file.getValue(), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// the name index, as the CLI installs it
		IResourceDescription.Manager manager = DdiTestSupport.injector().getInstance(IResourceDescription.Manager.class);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set,
				new ResourceDescriptionsData(set.getResources().stream().map(manager::getResourceDescription).toList()));
		IResourceValidator validator = DdiTestSupport.injector().getInstance(IResourceValidator.class);
		for (Resource resource : set.getResources()) {
			validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		}
		return set;
	}

	/** Offset and end offset of the node of every element, as DdiWorkspace.locate computes them. */
	private static Map<EObject, long[]> nodeSpans(XtextResourceSet set) {
		Map<EObject, long[]> spans = new IdentityHashMap<>();
		for (Resource resource : set.getResources()) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
				spans.put(element, node == null ? new long[] { -1, -1 } : new long[] { node.getOffset(), node.getEndOffset() });
			}
		}
		return spans;
	}

	/** Adapters of all resources and elements of the set. */
	private static int countAdapters(XtextResourceSet set) {
		int count = 0;
		for (Resource resource : set.getResources()) {
			count += resource.eAdapters().size();
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				count += it.next().eAdapters().size();
			}
		}
		return count;
	}
}
