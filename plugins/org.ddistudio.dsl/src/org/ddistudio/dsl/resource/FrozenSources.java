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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Marks a resource set whose files do not change for as long as it is used: the command line and
 * the benchmarks load every file once, link, validate, run and exit. Only then may linking
 * remember what a name resolves to in a file, because nothing can make the answer stale: in an
 * editor, another file's change reaches this file's names through the index without any change of
 * this file. The linker remembers a name per scope anchor (from every element inside the anchor the
 * name resolves the same; see {@code ScopeAnchors}).
 */
public final class FrozenSources extends AdapterImpl {

	private final Map<EObject, Map<EClass, Map<String, List<EObject>>>> linked = new ConcurrentHashMap<>();

	/** Marks the set: its resources and their texts will not change any more. */
	public static void mark(ResourceSet set) {
		if (of(set) == null) {
			set.eAdapters().add(new FrozenSources());
		}
	}

	/** The mark of the set, or null if its files may change. */
	public static FrozenSources of(ResourceSet set) {
		return set == null ? null : (FrozenSources) EcoreUtil.getExistingAdapter(set, FrozenSources.class);
	}

	/**
	 * What the names of elements of {@code type} written inside {@code anchor} resolve to, by the text
	 * written, for the linker to fill.
	 */
	public Map<String, List<EObject>> linkedNames(EObject anchor, EClass type) {
		return linked.computeIfAbsent(anchor, r -> new ConcurrentHashMap<>()).computeIfAbsent(type, t -> new ConcurrentHashMap<>());
	}

	/** Drops what linking remembered (once every reference is resolved it is not needed). */
	public void forgetLinkedNames() {
		linked.clear();
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == FrozenSources.class;
	}
}
