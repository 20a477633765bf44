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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.sources.ProjectSources;
import org.ddistudio.ui.sources.SourceText;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Keeps the other .ddi files of a project ({@link ProjectSources}) loaded next to an open document. A
 * file that is open in an editor contributes its unsaved text (its file buffer), any other file its
 * saved contents ({@link SourceText}). Each file is re-read only when its version (buffer or file
 * modification stamp) changed since the last refresh.
 */
final class ProjectFiles {

	private final IProject project;
	private final URI own;
	private final IResourceFactory resourceFactory;
	/** URI of each loaded file to the version it was loaded at. */
	private final Map<URI, String> versions = new HashMap<>();

	ProjectFiles(IProject project, URI own, IResourceFactory resourceFactory) {
		this.project = project;
		this.own = own;
		this.resourceFactory = resourceFactory;
	}

	/** Loads new and changed files, drops deleted ones; whether anything changed. */
	boolean refresh(XtextResourceSet set) {
		Map<URI, IFile> current = currentFiles();
		boolean changed = false;
		for (Iterator<Map.Entry<URI, String>> it = versions.entrySet().iterator(); it.hasNext();) {
			Map.Entry<URI, String> entry = it.next();
			if (!current.containsKey(entry.getKey())) {
				Resource gone = set.getResource(entry.getKey(), false);
				if (gone != null) {
					gone.unload();
					set.getResources().remove(gone);
				}
				it.remove();
				changed = true;
			}
		}
		for (Map.Entry<URI, IFile> entry : current.entrySet()) {
			changed |= load(set, entry.getKey(), entry.getValue());
		}
		return changed;
	}

	private Map<URI, IFile> currentFiles() {
		Map<URI, IFile> files = new LinkedHashMap<>();
		if (project == null || !project.isAccessible()) {
			return files;
		}
		try {
			for (IFile file : ProjectSources.of(project)) {
				URI uri = ProjectSources.uri(file);
				if (!uri.equals(own)) {
					files.put(uri, file);
				}
			}
		} catch (CoreException e) {
			DdiUiPlugin.log("cannot list the .ddi files of " + project.getName(), e);
		}
		return files;
	}

	private boolean load(XtextResourceSet set, URI uri, IFile file) {
		IDocument document = SourceText.openDocument(file);
		String version = document instanceof IDocumentExtension4 ext ? "buffer:" + ext.getModificationStamp()
				: "file:" + file.getModificationStamp() + ":" + file.getLocalTimeStamp();
		if (version.equals(versions.get(uri)) && set.getResource(uri, false) != null) {
			return false;
		}
		try {
			String text = document != null ? document.get() : SourceText.saved(file);
			Resource existing = set.getResource(uri, false);
			if (existing instanceof XtextResource xtext && xtext.isLoaded()) {
				xtext.reparse(text);
			} else {
				Resource resource = resourceFactory.createResource(uri);
				set.getResources().add(resource);
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			}
			versions.put(uri, version);
			return true;
		} catch (IOException | CoreException e) {
			DdiUiPlugin.log("cannot read " + file.getFullPath(), e);
			return false;
		}
	}
}
