/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.document;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ddistudio.ui.sources.ProjectSources;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;

/**
 * Tells the open .ddi editors of a project that another of its files changed: typed into in another
 * editor, saved, created or deleted. A reference or a whole-system rule in one file can depend on any
 * other file, so their live validation has to run again even though their own text did not change.
 */
public final class ProjectChanges {

	/** Someone whose results depend on the files of a project. */
	public interface Listener {
		/** The project, or {@code null} if the listener is not interested (yet). */
		IProject project();

		/** Its own document: a change there is not news to it. */
		IDocument document();

		/** Another file of the project changed. Called on the thread that saw the change; must be quick. */
		void projectChanged();
	}

	private static final Set<Listener> LISTENERS = ConcurrentHashMap.newKeySet();

	/** Watches saved files; the plug-in registers it with the workspace. */
	public static final IResourceChangeListener WORKSPACE_LISTENER = ProjectChanges::resourcesChanged;

	private ProjectChanges() {
	}

	public static void add(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void remove(Listener listener) {
		LISTENERS.remove(listener);
	}

	/**
	 * Something every result depends on changed (the validation severities, say): every open .ddi
	 * editor computes its results again.
	 */
	public static void changedEverywhere() {
		for (Listener listener : LISTENERS) {
			listener.projectChanged();
		}
	}

	/** A file of {@code project} changed; {@code source} is its document if it changed in an editor. */
	static void changed(IProject project, IDocument source) {
		for (Listener listener : LISTENERS) {
			if (project.equals(listener.project()) && listener.document() != source) {
				listener.projectChanged();
			}
		}
	}

	private static void resourcesChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || LISTENERS.isEmpty()) {
			return;
		}
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource.getType() == IResource.FILE && ProjectSources.EXTENSION.equals(resource.getFileExtension())
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changed(resource.getProject(), null);
				}
				return true;
			});
		} catch (CoreException e) {
			// a delta visitor that throws nothing cannot fail
		}
	}
}
