/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.validation.ModelScope;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * Releases what Xtext keeps for parsing, linking and validating a resource set once all of that is
 * done, keeping the model and the source span of every element. For a process that holds a model
 * for a long time after loading it (ddi check's search, ddi simulate): Xtext's part is about nine
 * tenths of the heap of a validated set (docs/performance.md, "Heap per model element").
 * <p>
 * Released, per resource: the parse result (the root node and with it the whole node model: every
 * token, whitespace and comment); the node adapter of every element (the node that points back to
 * it); the lazy linker's proxy information (element, reference and node of every cross-reference it
 * installed); the resource scope cache ({@link OnChangeEvictingCache}'s adapter: an EContentAdapter,
 * so it is also an adapter of every element, holding qualified names, scopes and the resource's
 * description); the names the linker looked up ({@link ImportedNamesAdapter}, for a builder's
 * dependency tracking); and the resource's error and warning diagnostics, which point into the
 * nodes (a model one may run has no errors; what validation found was reported before). Per set: the name
 * index ({@link ResourceDescriptionsData}) and the validators' project index ({@link ModelScope}).
 * Only public Xtext API is used: {@link XtextResource#setParseResult},
 * {@link LazyLinkingResource#clearLazyProxyInformation}, and the adapter lists.
 * <p>
 * Kept: the model (the same objects, attributes and references, untouched), each resource with its
 * URI in the set (and the set's listener that keeps its URI map current), and {@link SourceSpans}:
 * exactly the offset and end offset of {@link NodeModelUtils#findActualNodeFor(EObject)} of every
 * element, as recorded before the release.
 * <p>
 * Why this is safe: the node model is only needed to parse, to resolve a lazy cross-reference (the
 * proxy's fragment names an entry of the proxy information, which names the node with the reference's
 * text), to validate and to ask where an element is. The release is refused while any cross-reference
 * still holds a proxy, so nothing will ever be resolved through the nodes; the model's own objects
 * do not refer to nodes; a run of the model (simulator, checker) reads only the model. After the release
 * the resources must not be linked, validated, serialized or reparsed again; Xtext's services that
 * need a node model find none (NodeModelUtils answers null), and the scope cache fills itself anew if
 * asked, so a mistaken use gives no answer rather than a stale one.
 */
public final class NodeModelRelease {

	private NodeModelRelease() {
	}

	/**
	 * Releases every resource of the set and the set's linking and validation indexes; returns the
	 * recorded spans of each resource. All or nothing: if any resource cannot be released, nothing is.
	 *
	 * @throws IllegalStateException if a resource is not an Xtext resource with its parse result, or a
	 *         cross-reference of an element still holds an unresolved proxy (the message names it)
	 */
	public static Map<XtextResource, SourceSpans> release(ResourceSet set) {
		List<XtextResource> resources = new ArrayList<>(set.getResources().size());
		for (Resource resource : set.getResources()) {
			if (!(resource instanceof XtextResource xtext)) {
				throw new IllegalStateException("not an Xtext resource: " + resource.getURI());
			}
			resources.add(xtext);
		}
		Map<XtextResource, SourceSpans> spans = new IdentityHashMap<>();
		for (XtextResource resource : resources) {
			spans.put(resource, record(resource));
		}
		for (XtextResource resource : resources) {
			releaseRecorded(resource);
		}
		// what only linking (the global scope) and validation (whole-project rules) look things up in
		set.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
		ModelScope.forget(set);
		FrozenSources frozen = FrozenSources.of(set);
		if (frozen != null) {
			frozen.forgetLinkedNames(); // every reference is resolved: nothing is looked up any more
		}
		return spans;
	}

	/**
	 * Releases one resource (not the indexes of its set) and returns the recorded spans of its elements.
	 *
	 * @throws IllegalStateException as {@link #release(ResourceSet)}; the resource is then unchanged
	 */
	public static SourceSpans release(XtextResource resource) {
		SourceSpans spans = record(resource);
		releaseRecorded(resource);
		return spans;
	}

	/**
	 * Checks that the resource may be released and answers its spans, changing nothing: recorded
	 * now, or, for a file whose node model was detached after parsing, recorded then.
	 */
	private static SourceSpans record(XtextResource resource) {
		DetachedSource detached = DetachedSource.of(resource);
		if (detached == null && (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null)) {
			throw new IllegalStateException("no node model (not parsed, or already released): " + resource.getURI());
		}
		if (resource instanceof DdiResource ddi && ddi.hasReferencesOutOfModel()) {
			throw new IllegalStateException("not linked yet (its cross-references were taken out of the model when its node model was detached): "
					+ resource.getURI());
		}
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			requireResolved(it.next());
		}
		return detached != null ? detached.spans() : SourceSpans.record(resource);
	}

	/**
	 * Refuses an element with a proxy in a cross-reference: a lazy-link proxy would later be resolved
	 * through the node model, and any other would be met by the run as an element that is not there.
	 * Proxies are looked at without resolving them, so this changes nothing.
	 */
	private static void requireResolved(EObject element) {
		EReference reference = UnresolvedReferences.first(element);
		if (reference != null) {
			throw new IllegalStateException("unresolved reference " + element.eClass().getName() + "." + reference.getName() + " in "
					+ element.eResource().getURI() + " (" + ((InternalEObject) UnresolvedReferences.proxy(element, reference)).eProxyURI()
					+ "): the node model is needed to resolve it");
		}
	}

	private static void releaseRecorded(XtextResource resource) {
		// First the cache: removing its content adapter from the resource removes it from every element.
		resource.eAdapters().removeIf(adapter -> adapter instanceof OnChangeEvictingCache.CacheAdapter || adapter instanceof ImportedNamesAdapter);
		dropNodes(resource);
		if (resource instanceof LazyLinkingResource lazy) {
			dropProxyInformation(lazy);
		}
		resource.getErrors().clear();
		resource.getWarnings().clear();
	}

	/** Drops the parse result (the root node and every node below it) and the node adapter of every element. */
	static void dropNodes(XtextResource resource) {
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (!element.eAdapters().isEmpty()) {
				element.eAdapters().removeIf(INode.class::isInstance);
			}
		}
		resource.setParseResult(null);
	}

	/** Drops the lazy linker's proxy information (element, reference and node of every cross-reference it installed). */
	static void dropProxyInformation(LazyLinkingResource resource) {
		// Twice: the first call replaces the list by an empty one with the old one's capacity, the second by one of none.
		resource.clearLazyProxyInformation();
		resource.clearLazyProxyInformation();
	}
}
