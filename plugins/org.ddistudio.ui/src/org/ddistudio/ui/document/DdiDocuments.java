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

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/**
 * Which {@link DdiDocument} belongs to which {@code IDocument}. Weak keys: when the platform disposes
 * a file buffer and its document, the language state goes with it, without a disposal protocol that a
 * crashed editor could forget. (The values never refer to their document, or the keys would stay.)
 */
public final class DdiDocuments {

	private static final Map<IDocument, DdiDocument> STATES = Collections.synchronizedMap(new WeakHashMap<>());

	private DdiDocuments() {
	}

	/** Attaches state for a workspace file (called by the document setup participant). */
	static void connect(IDocument document, IPath workspacePath) {
		STATES.computeIfAbsent(document, d -> forWorkspacePath(workspacePath));
	}

	/** Attaches state for a file outside the workspace, which sees no other files. */
	static void connectExternal(IDocument document, IPath location) {
		STATES.computeIfAbsent(document, d -> new DdiDocument(URI.createFileURI(location.toOSString()), null));
	}

	/**
	 * The state of a document, created on first use if no setup participant ran for it (a document
	 * shown in a compare viewer, say): it then takes its location from its file buffer if it has one.
	 */
	public static DdiDocument of(IDocument document) {
		return STATES.computeIfAbsent(document, DdiDocuments::create);
	}

	private static DdiDocument create(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getLocation() != null && ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation()) != null) {
			return forWorkspacePath(buffer.getLocation());
		}
		return new DdiDocument(URI.createURI("inmemory:/" + Integer.toHexString(System.identityHashCode(document)) + ".ddi"), null);
	}

	private static DdiDocument forWorkspacePath(IPath path) {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
		return new DdiDocument(URI.createPlatformResourceURI(path.toString(), true), file.getProject());
	}
}
