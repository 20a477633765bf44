/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.editing;

import org.ddistudio.ui.document.DdiPartitions;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/** Small helpers the editor command handlers share. */
final class Editors {

	private Editors() {
	}

	/** The editor as a text editor, if it shows a DDI document (one with the DDI partitioning). */
	static ITextEditor ddiEditor(IEditorPart part) {
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null || editor.getDocumentProvider() == null) {
			return null;
		}
		IDocument document = documentOf(editor);
		return document != null && DdiPartitions.isDdi(document) ? editor : null;
	}

	static IDocument documentOf(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** A message in the status line: formatting problems are not worth a dialog. */
	static void status(ITextEditor editor, String message) {
		var statusLine = editor.getEditorSite().getActionBars().getStatusLineManager();
		if (statusLine != null) {
			statusLine.setMessage(message);
		}
	}
}
