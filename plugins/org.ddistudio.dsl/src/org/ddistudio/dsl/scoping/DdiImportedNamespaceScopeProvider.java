/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.scoping;

import java.util.List;

import org.ddistudio.model.DdiModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Adds an implicit wildcard import of the file's own package, so that files of one package see each
 * other's declarations by simple name, the way C declarations of one driver project do.
 * <p>
 * Also makes linking of large files cheaper without changing what a name resolves to (see
 * docs/performance.md):
 * <ul>
 * <li>Imports are only written at the top of a file, so only the file's model can have import
 * resolvers; every other element answers "none" without a lookup or a cache entry of its own.</li>
 * <li>A reference is answered by the scope of its anchor ({@link ScopeAnchors}): a name of an
 * interface, driver or type by the file model's scope, a device's name by its system's, whatever
 * element it is written in; the containers in between cannot declare such elements.</li>
 * <li>The generic provider builds the chain of scopes from the file down to the referring element
 * for every reference. The upper part of the chain (the file with its imports, and each top-level
 * declaration such as a system with hundreds of devices) is the same for every reference of one
 * target type below it, so it is kept in the resource's scope cache, which Xtext empties on every
 * change of the resource. The global part of the chain is a live view of the index (Xtext keeps its
 * visible containers in the same cache), so changes of other files are still seen.</li>
 * </ul>
 */
public class DdiImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	private static final String SHARED_SCOPE = DdiImportedNamespaceScopeProvider.class.getName() + ".sharedScope";

	@Inject
	private IResourceScopeCache scopeCache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context == null ? null : context.eResource();
		if (resource == null) {
			return super.getScope(context, reference);
		}
		// The chain below the anchor adds no element of the referenced type (see ScopeAnchors), and
		// the anchor's chain is kept in the cache: the model's, or a top-level declaration's.
		EObject anchor = anchor(context, reference);
		EObject scoped = anchor != null ? anchor : context;
		if (!isShared(scoped)) {
			return super.getScope(scoped, reference);
		}
		// The chain depends on the reference only through its target type and case sensitivity
		// (global scope, import scopes and local names are all filtered by type).
		boolean ignoreCase = isIgnoreCase(reference);
		return scopeCache.get(Tuples.create(SHARED_SCOPE, scoped, Tuples.pair(reference.getEReferenceType(), ignoreCase)), resource,
				() -> super.getScope(scoped, reference));
	}

	/**
	 * The element whose scope answers {@code reference} written in {@code context} ({@link ScopeAnchors}),
	 * or null for Xtext's whole chain from {@code context} (what a test compares with).
	 */
	protected EObject anchor(EObject context, EReference reference) {
		return ScopeAnchors.anchor(context, reference.getEReferenceType());
	}

	/** The file's model and its top-level declarations: few elements, each above many references. */
	private static boolean isShared(EObject context) {
		return context instanceof DdiModel || context.eContainer() instanceof DdiModel;
	}

	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (!(context instanceof DdiModel)) {
			return List.of();
		}
		return super.getImportedNamespaceResolvers(context, ignoreCase);
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof DdiModel model && model.getName() != null && !model.getName().isEmpty()) {
			resolvers.add(createImportedNamespaceResolver(model.getName() + ".*", ignoreCase));
		}
		return resolvers;
	}
}
