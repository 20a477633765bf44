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
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.ddistudio.dsl.scoping.DdiScopeProvider;
import org.ddistudio.dsl.scoping.ScopeAnchors;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Resolves the cross-references of a whole workspace (one resource set, every file parsed and the
 * name index installed) on several threads, one file per task, with exactly the result of resolving
 * the files one after the other: every reference gets the same target, every file the same linking
 * diagnostics in the same order.
 * <p>
 * Why that is safe. Resolving a reference of file A runs A's linker under A's lock (Xtext's
 * {@code LazyLinkingResource.getEObject} is synchronized) and writes only A: the reference, A's
 * diagnostics, A's caches. What it reads of other files is their exported names in the installed
 * index (which holds the elements themselves, so nothing is resolved through another file), and
 * whatever the scope provider follows from a found element: {@link DdiScopeProvider#READ_IN_OTHER_FILES}
 * (an interface's base, whose members are in scope). Reading such a reference while it is still a
 * lazy proxy would run the other file's linker from A's thread, while that file's own thread may
 * be waiting for A's lock: a deadlock. So those references are resolved first, on the calling
 * thread, and the files are linked in parallel only if every one of them was found; otherwise (a
 * workspace with an unknown base interface) they are linked one after the other, as before.
 * The installed index is warmed on the calling thread too, so that its lazily built lookups are
 * not built by several threads at once.
 * <p>
 * Without an installed name index ({@link ResourceDescriptionsData}), the files are linked one
 * after the other: Xtext then computes other files' descriptions while linking.
 */
public final class ParallelLinker {

	/** What linking found. */
	public record Linked(boolean parallel, boolean allResolved) {
	}

	private static final QualifiedName WARM_UP = QualifiedName.create("ddi", "index", "warm-up");

	private ParallelLinker() {
	}

	/**
	 * Resolves every lazy cross-reference of every resource (as Xtext's resource validator does
	 * before it validates) on up to {@code threads} threads; the result does not depend on the number.
	 *
	 * @return whether the files were linked on several threads, and whether every cross-reference of
	 *         every file now points to an element (no proxy left: nothing reading the models can
	 *         start another file's linker)
	 */
	public static Linked link(List<? extends Resource> resources, int threads) {
		boolean followedFound = resolveReferencesReadInOtherFiles(resources);
		ResourceSet set = resources.isEmpty() ? null : resources.get(0).getResourceSet();
		ResourceDescriptionsData index = set == null ? null : ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(set);
		boolean parallel = threads > 1 && resources.size() > 1 && followedFound && index != null && inOneSet(resources, set);
		if (parallel) {
			warm(index);
		}
		List<Boolean> resolved = PerFilePool.map(resources, parallel ? threads : 1, "link", (i, resource) -> linkOne(resource));
		FrozenSources frozen = FrozenSources.of(set);
		if (frozen != null) {
			// every reference is now resolved or known to be unresolvable: the names are not looked up again
			frozen.forgetLinkedNames();
		}
		return new Linked(parallel, !resolved.contains(Boolean.FALSE));
	}

	private static boolean linkOne(Resource resource) {
		if (resource instanceof LazyLinkingResource lazy) {
			lazy.resolveLazyCrossReferences(CancelIndicator.NullImpl);
		}
		boolean resolved = noProxyLeft(resource);
		if (resolved && resource instanceof DdiResource ddi) {
			ddi.forgetResolvedReferences(); // a detached file's written names are not needed any more
		}
		return resolved;
	}

	/** Resolves the references that scoping follows into other files; true if none is left a proxy. */
	private static boolean resolveReferencesReadInOtherFiles(List<? extends Resource> resources) {
		Set<EReference> followed = DdiScopeProvider.READ_IN_OTHER_FILES;
		// Elements of top-level types are the files' declarations: no need to walk everything below.
		boolean declarationsOnly = followed.stream().allMatch(reference -> ScopeAnchors.topLevel(reference.getEContainingClass()));
		boolean found = true;
		for (Resource resource : resources) {
			for (Iterator<EObject> it = declarationsOnly ? declarations(resource) : resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				for (EReference reference : followed) {
					if (reference.getEContainingClass().isSuperTypeOf(object.eClass())) {
						found &= resolve(object, reference);
					}
				}
			}
		}
		return found;
	}

	/** The elements directly below the resource's roots. */
	private static Iterator<EObject> declarations(Resource resource) {
		List<EObject> declarations = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			declarations.addAll(root.eContents());
		}
		return declarations.iterator();
	}

	/** True if no cross-reference of the resource is (still) a proxy. Reads without resolving. */
	private static boolean noProxyLeft(Resource resource) {
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (UnresolvedReferences.first(it.next()) != null) {
				return false;
			}
		}
		return true;
	}

	/** Resolves every target of the reference; true if each is now an element rather than a proxy. */
	private static boolean resolve(EObject object, EReference reference) {
		Object value = object.eGet(reference, true);
		if (value instanceof List<?> targets) {
			for (int i = 0; i < targets.size(); i++) {
				targets.get(i); // a resolving list resolves the target it is asked for
			}
		}
		return UnresolvedReferences.proxy(object, reference) == null;
	}

	private static boolean inOneSet(List<? extends Resource> resources, ResourceSet set) {
		for (Resource resource : resources) {
			if (resource.getResourceSet() != set) {
				return false;
			}
		}
		return true;
	}

	/** Builds every description's name lookup now, on this thread (they are built on first use). */
	private static void warm(ResourceDescriptionsData index) {
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			description.getExportedObjects(EcorePackage.Literals.EOBJECT, WARM_UP, false).iterator().hasNext();
			description.getExportedObjects(EcorePackage.Literals.EOBJECT, WARM_UP, true).iterator().hasNext();
		}
	}
}
