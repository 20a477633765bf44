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

import java.util.List;

import org.ddistudio.ui.sources.ProjectSources;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

/** Which .ddi sources of a project an incremental build reads again, and which it forgets. */
final class ChangedSources {

	private ChangedSources() {
	}

	/** The .ddi files a resource delta adds or changes (dirty) and removes (deleted). */
	static void collect(IResourceDelta delta, List<URI> dirty, List<URI> deleted) throws CoreException {
		delta.accept(d -> {
			IResource resource = d.getResource();
			if (ProjectSources.isLeftOut(resource)) {
				return false;
			}
			if (resource.getType() != IResource.FILE || !ProjectSources.EXTENSION.equals(resource.getFileExtension())) {
				return true;
			}
			if (d.getKind() != IResourceDelta.REMOVED && !ProjectSources.isSource(resource)) {
				return true; // a named pipe or other special file: never read
			}
			switch (d.getKind()) {
			case IResourceDelta.ADDED -> dirty.add(ProjectSources.uri(resource));
			case IResourceDelta.REMOVED -> deleted.add(ProjectSources.uri(resource));
			case IResourceDelta.CHANGED -> {
				if ((d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0) {
					dirty.add(ProjectSources.uri(resource));
				}
			}
			default -> {
				// phantom additions and removals concern no real file
			}
			}
			return true;
		});
	}
}
