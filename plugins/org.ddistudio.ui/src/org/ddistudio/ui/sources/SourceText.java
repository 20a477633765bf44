/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;

/**
 * The text of a .ddi source as the user sees it: the unsaved text of a file open in an editor (its
 * file buffer), else its saved contents. The editors' view of a project's other files and Run As read
 * the same text.
 */
public final class SourceText {

	private SourceText() {
	}

	/** The document of the file's open buffer, or {@code null} when no editor holds the file. */
	public static IDocument openDocument(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer == null ? null : buffer.getDocument();
	}

	/** The open buffer's text, else the saved contents. */
	public static String of(IFile file) throws CoreException, IOException {
		IDocument document = openDocument(file);
		return document != null ? document.get() : saved(file);
	}

	/**
	 * The saved contents in the file's encoding. A file whose reading would never end (a named pipe)
	 * is refused unread, as the command line refuses it.
	 */
	public static String saved(IFile file) throws CoreException, IOException {
		if (!ProjectSources.isReadToItsEnd(file)) {
			throw new CoreException(Status.error("cannot read " + file.getFullPath() + ": not a regular file"));
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		}
	}
}
