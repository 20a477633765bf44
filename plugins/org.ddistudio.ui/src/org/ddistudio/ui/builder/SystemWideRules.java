package org.ddistudio.ui.builder;

import org.ddistudio.model.DdiPackage;
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
}
