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

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Toggle Comment (Ctrl+/): comments or uncomments the selected lines with "//", as one replace of
 * the line block (one undo step), then selects the block again so the command can be repeated.
 * Pure text work, so it runs on the UI thread without touching the parser.
 */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = Editors.ddiEditor(HandlerUtil.getActiveEditor(event));
		if (editor == null || !editor.isEditable()) {
			return null;
		}
		ISelection selection = editor.getSelectionProvider().getSelection();
		if (selection instanceof ITextSelection text) {
			try {
				ITextSelection result = toggle(Editors.documentOf(editor), text);
				editor.selectAndReveal(result.getOffset(), result.getLength());
			} catch (BadLocationException e) {
				// the selection is from the editor itself, so it is inside the document
			}
		}
		return null;
	}

	/** Toggles the lines the selection touches; the new selection covering them. */
	public static ITextSelection toggle(IDocument document, ITextSelection selection) throws BadLocationException {
		int firstLine = document.getLineOfOffset(selection.getOffset());
		int end = selection.getOffset() + selection.getLength();
		int lastLine = document.getLineOfOffset(end);
		if (lastLine > firstLine && document.getLineOffset(lastLine) == end) {
			lastLine--; // a selection ending at a line start does not include that line
		}
		int start = document.getLineOffset(firstLine);
		IRegion last = document.getLineInformation(lastLine);
		int blockEnd = last.getOffset() + last.getLength();
		String block = document.get(start, blockEnd - start);
		String toggled = LineComments.toggle(block);
		document.replace(start, block.length(), toggled);
		return new TextSelection(document, start, toggled.length());
	}
}
