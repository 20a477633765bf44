/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.quickfix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes for DDI problem markers (the Problems view's Quick Fix, and Ctrl+1 on a marker in the
 * editor through the Generic Editor's marker processor). A marker is only trusted for its file, its
 * rule code and where it was: the builder that made it may have seen an older text, so the issue is
 * located again in the current text and the fixes computed there (see {@link DocumentFixes#forLocation}).
 */
public class DdiMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	/** The problem marker type of the DDI builder. */
	public static final String MARKER_TYPE = "org.ddistudio.ui.problem";

	/** The marker attribute holding the stable rule code, e.g. DDI201. */
	public static final String RULE_CODE = "ruleCode";

	static boolean isOurs(IMarker marker) {
		try {
			return marker.exists() && (MARKER_TYPE.equals(marker.getType()) || marker.isSubtypeOf(MARKER_TYPE));
		} catch (CoreException e) {
			return false;
		}
	}

	/** Cheap, as the Problems view asks for every marker: no parsing, only whether the rule has fixes. */
	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getResource() instanceof IFile && DocumentFixes.isFixable(marker.getAttribute(RULE_CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		return DdiMarkerResolution.of(marker).toArray(IMarkerResolution[]::new);
	}
}
