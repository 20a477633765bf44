/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.builder;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;

import com.google.common.collect.Iterables;

/**
 * Whether a change of one file can change the findings of files that do not refer to it.
 *
 * Xtext's index computes which files are affected by a change through the names they import: that
 * covers references (a consumer re-validated when its interface changes). Some DDI rules look at every
 * file of the project instead (dsl's ModelScope): GUID versioning compares all interfaces, routing
 * follows a consumer through the stacks of every system to the producers. A file can then be affected
 * by a file it never names, e.g. a consumer by a producer in a third file. When such rules can fire,
 * the builder re-validates every file; when they cannot, Xtext's affected set is exact.
 */
final class SystemWideRules {

	private SystemWideRules() {
	}

	/** Whether the project's declarations give the whole-system rules something to look at. */
	static boolean apply(IResourceDescriptions index) {
		// routing and stack rules need a system; version rules need two interfaces (that might share a GUID)
		return !Iterables.isEmpty(index.getExportedObjectsByType(DdiPackage.Literals.SYSTEM_LAYOUT))
				|| Iterables.size(Iterables.limit(index.getExportedObjectsByType(DdiPackage.Literals.INTERFACE), 2)) > 1;
	}

	/**
	 * Files that declare a name a change added or removed: a duplicate name (DDI010) is reported in both
	 * files, though neither refers to the other.
	 */
	static Set<URI> sharingNames(Collection<IResourceDescription.Delta> deltas, IResourceDescriptions index) {
		Set<QualifiedName> names = new HashSet<>();
		Set<URI> changed = new HashSet<>();
		for (IResourceDescription.Delta delta : deltas) {
			changed.add(delta.getUri());
			if (delta.haveEObjectDescriptionsChanged()) {
				for (IResourceDescription side : new IResourceDescription[] { delta.getOld(), delta.getNew() }) {
					if (side != null) {
						side.getExportedObjects().forEach(o -> names.add(o.getName().toLowerCase()));
					}
				}
			}
		}
		Set<URI> result = new HashSet<>();
		if (names.isEmpty()) {
			return result;
		}
		for (IResourceDescription candidate : index.getAllResourceDescriptions()) {
			if (!changed.contains(candidate.getURI())) {
				for (IEObjectDescription exported : candidate.getExportedObjects()) {
					if (names.contains(exported.getName().toLowerCase())) {
						result.add(candidate.getURI());
						break;
					}
				}
			}
		}
		return result;
	}
}
