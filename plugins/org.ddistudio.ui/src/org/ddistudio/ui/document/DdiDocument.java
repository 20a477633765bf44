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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.ddistudio.ui.DdiUiPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The language state of one open .ddi document: an {@link XtextResource} parsed from the document's
 * text, in a resource set that also holds the project's other .ddi files, so that references, scopes
 * and whole-system rules see the project as the CLI does.
 *
 * <p>It holds no reference to the {@code IDocument} (see {@link DdiDocuments}). All access goes through
 * {@link #read}, which brings the resource up to date with a given text under a lock: the resource set
 * is not thread-safe, and validation, content assist, hover and formatting run on different
 * background threads. The UI thread never calls {@link #read}; it may call {@link #tryRead}, which
 * never waits.
 */
public final class DdiDocument {

	private static final Map<String, Object> LOAD_OPTIONS = Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());

	private final URI uri;
	private final IProject project;
	private final ReentrantLock lock = new ReentrantLock();

	// guarded by lock
	private XtextResourceSet resourceSet;
	private XtextResource resource;
	private String parsedText;
	private ProjectFiles siblings;

	DdiDocument(URI uri, IProject project) {
		this.uri = uri;
		this.project = project;
	}

	/** The resource URI: platform:/resource/... for workspace files. */
	public URI uri() {
		return uri;
	}

	/** The project whose .ddi files this document sees, or {@code null} outside the workspace. */
	public IProject project() {
		return project;
	}

	/**
	 * Parses {@code text} if it is not what the resource holds, refreshes the project's other files,
	 * then runs {@code work} on the resource, all under the document's lock. Blocks while another
	 * service works on this document: call it from background threads only.
	 */
	public <T> T read(String text, Function<XtextResource, T> work) {
		lock.lock();
		try {
			update(text);
			return work.apply(resource);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Runs {@code work} only if the resource already holds exactly {@code text} and nobody else is
	 * working on it; never waits and never parses, so the UI thread may call it (hyperlinks, outline).
	 */
	public <T> Optional<T> tryRead(String text, Function<XtextResource, T> work) {
		if (!lock.tryLock()) {
			return Optional.empty();
		}
		try {
			if (resource == null || !text.equals(parsedText)) {
				return Optional.empty();
			}
			return Optional.ofNullable(work.apply(resource));
		} finally {
			lock.unlock();
		}
	}

	private void update(String text) {
		Injector injector = DdiUiPlugin.injector();
		if (resourceSet == null) {
			resourceSet = injector.getInstance(XtextResourceSet.class);
			siblings = new ProjectFiles(project, uri, injector.getInstance(IResourceFactory.class));
		}
		boolean siblingsChanged = siblings.refresh(resourceSet);
		boolean ownChanged = !text.equals(parsedText);
		try {
			if (resource == null) {
				resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
				resourceSet.getResources().add(resource);
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), LOAD_OPTIONS);
			} else if (ownChanged) {
				resource.reparse(text);
			} else if (siblingsChanged) {
				resource.relink();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		parsedText = text;
		if (ownChanged) {
			// the other files may point at elements of the previous parse: let them resolve afresh
			for (Resource other : resourceSet.getResources()) {
				if (other != resource && other instanceof XtextResource xtext) {
					xtext.relink();
				}
			}
		}
	}
}
