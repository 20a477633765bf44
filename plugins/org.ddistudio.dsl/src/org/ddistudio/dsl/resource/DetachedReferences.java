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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.Triple;
import org.eclipse.xtext.util.Tuples;

/**
 * The lazy cross-references of a detached file, taken out of the model between parsing and linking
 * and put back, exactly as Xtext's lazy linker made them, just before the file is linked.
 * <p>
 * Why: Xtext's lazy linker gives every cross-reference a proxy at parse time (an element of the
 * target type, a URI, a fragment string "|n", and an entry of (element, reference, node) in the
 * resource), about 180 bytes each with the detached node. A workspace has more references than
 * elements, and every file is parsed before any can be linked, so these made half of the heap after
 * parsing. Kept here instead: per reference the element, the reference, the proxy's type, the index
 * of its entry, and the written name with its place and grammar element, in parallel arrays (about
 * 32 bytes). {@link #install} makes the proxies and entries again, with the same types, fragments and
 * indexes, in the same order, so Xtext links and reports them as if they had never left.
 * <p>
 * Only references whose value is nothing but parsed proxies are taken out; the references scoping
 * follows into other files ({@code DdiScopeProvider.READ_IN_OTHER_FILES}) stay, because another file's
 * linking may read them before this file is linked.
 */
final class DetachedReferences {

	private final int[] indexes;
	private final EObject[] owners;
	private final EReference[] references;
	private final EClass[] proxyTypes;
	private final int[] offsets;
	private final int[] lengths;
	private final EObject[] grammarElements;
	private final String[] names;

	private DetachedReferences(int size) {
		indexes = new int[size];
		owners = new EObject[size];
		references = new EReference[size];
		proxyTypes = new EClass[size];
		offsets = new int[size];
		lengths = new int[size];
		grammarElements = new EObject[size];
		names = new String[size];
	}

	/** How many references are out of the model. */
	int size() {
		return indexes.length;
	}

	/**
	 * Takes the lazy references that can be put back exactly out of the model and the proxy
	 * information ({@code links}, the resource's list, whose entries are set to null), and answers them;
	 * the others are left as they are. The file must still have its node model.
	 *
	 * @param keep references never taken out (read by other files' linking)
	 * @param names the file's written names so far, to share one string per name
	 */
	static DetachedReferences takeOut(List<Triple<EObject, EReference, INode>> links, Set<EReference> keep, Map<String, String> names) {
		// the entries of each (element, reference), in order
		Map<EObject, Map<EReference, List<Integer>>> entriesOf = new IdentityHashMap<>();
		for (int index = 0; index < links.size(); index++) {
			Triple<EObject, EReference, INode> link = links.get(index);
			if (link != null && link.getThird() != null && !keep.contains(link.getSecond()) && link.getThird().getSemanticElement() == link.getFirst()) {
				entriesOf.computeIfAbsent(link.getFirst(), owner -> new HashMap<>()).computeIfAbsent(link.getSecond(), r -> new ArrayList<>()).add(index);
			}
		}
		// out of the model: each value that holds exactly the proxies of its entries; their types by entry index
		SortedMap<Integer, EClass> taken = new TreeMap<>();
		entriesOf.forEach((owner, byReference) -> byReference.forEach((reference, entries) -> {
			if (proxiesExactly(owner, reference, entries)) {
				for (int position = 0; position < entries.size(); position++) {
					taken.put(entries.get(position), proxyAt(owner, reference, position).eClass());
				}
				removeValue(owner, reference);
			}
		}));
		DetachedReferences out = new DetachedReferences(taken.size());
		int k = 0;
		for (Map.Entry<Integer, EClass> entry : taken.entrySet()) {
			Triple<EObject, EReference, INode> link = links.set(entry.getKey(), null);
			INode node = link.getThird();
			out.indexes[k] = entry.getKey();
			out.owners[k] = link.getFirst();
			out.references[k] = link.getSecond();
			out.proxyTypes[k] = entry.getValue();
			out.offsets[k] = node.getOffset();
			out.lengths[k] = node.getLength();
			out.grammarElements[k] = node.getGrammarElement();
			out.names[k] = names.computeIfAbsent(NodeModelUtils.getTokenText(node), written -> written);
			k++;
		}
		return out;
	}

	/** Empties the reference without a change event: it would empty the resource's cache of computed names. */
	private static void removeValue(EObject owner, EReference reference) {
		boolean deliver = owner.eDeliver();
		owner.eSetDeliver(false);
		try {
			if (reference.isMany()) {
				((InternalEList<?>) owner.eGet(reference, false)).clear();
			} else {
				owner.eUnset(reference);
			}
		} finally {
			owner.eSetDeliver(deliver);
		}
	}

	/** True if the value of the reference is exactly the proxies of these entries, in order, each with the fragment of its entry. */
	private static boolean proxiesExactly(EObject owner, EReference reference, List<Integer> entries) {
		if (!owner.eIsSet(reference)) {
			return false;
		}
		int count = reference.isMany() ? ((InternalEList<?>) owner.eGet(reference, false)).size() : 1;
		if (count != entries.size()) {
			return false;
		}
		for (int i = 0; i < count; i++) {
			EObject proxy = proxyAt(owner, reference, i);
			if (proxy == null || !proxy.eIsProxy() || !fragment(entries.get(i)).equals(((InternalEObject) proxy).eProxyURI().fragment())
					|| !owner.eResource().getURI().equals(((InternalEObject) proxy).eProxyURI().trimFragment())) {
				return false;
			}
		}
		return true;
	}

	private static EObject proxyAt(EObject owner, EReference reference, int position) {
		Object value = owner.eGet(reference, false);
		return reference.isMany() ? (EObject) ((InternalEList<?>) value).basicGet(position) : (EObject) value;
	}

	/** The URI fragment Xtext's lazy linker gives the proxy of an entry (LazyURIEncoder's index fragment). */
	private static String fragment(int index) {
		return "|" + index;
	}

	/**
	 * Puts every reference back: the same proxy (type, URI and fragment) in the same place, and its
	 * entry, with a {@link DetachedNode} for the written name, at the same index of {@code links}.
	 */
	void install(DdiResource resource, List<Triple<EObject, EReference, INode>> links, ICompositeNode textRoot) {
		for (int k = 0; k < size(); k++) {
			EObject owner = owners[k];
			EReference reference = references[k];
			DetachedNode node = new DetachedNode(textRoot, offsets[k], lengths[k], grammarElements[k], owner, names[k]);
			links.set(indexes[k], Tuples.create(owner, reference, node));
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(proxyTypes[k]);
			proxy.eSetProxyURI(resource.getURI().appendFragment(fragment(indexes[k])));
			boolean deliver = owner.eDeliver();
			owner.eSetDeliver(false);
			try {
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference, false);
					list.addUnique(proxy);
				} else {
					owner.eSet(reference, proxy);
				}
			} finally {
				owner.eSetDeliver(deliver);
			}
		}
	}
}
