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

import java.util.Optional;

import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Format (Ctrl+Shift+F). The formatter needs a parse, which must not happen on the UI thread: the
 * text is formatted in a job, and the result applied back on the UI thread as one undoable edit,
 * but only if the user has not typed in the meantime (then the result would be for old text).
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = Editors.ddiEditor(HandlerUtil.getActiveEditor(event));
		if (editor != null && editor.isEditable()) {
			schedule(editor, Editors.documentOf(editor));
		}
		return null;
	}

	/** Formats the document in the background; the returned job is done once the edit is applied or dropped. */
	public static Job schedule(ITextEditor editor, IDocument document) {
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		Display display = Display.getCurrent();
		Job job = Job.create("Formatting " + editor.getTitle(), monitor -> {
			Optional<String> formatted = DocumentFormatter.format(document, snapshot);
			if (formatted.isEmpty()) {
				display.asyncExec(() -> Editors.status(editor, "Cannot format: the file has syntax errors"));
				return Status.OK_STATUS;
			}
			display.syncExec(() -> apply(editor, document, snapshot, formatted.get()));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
		return job;
	}

	private static IStatus apply(ITextEditor editor, IDocument document, DocumentSnapshot snapshot, String formatted) {
		if (!snapshot.isCurrent(document)) {
			Editors.status(editor, "Formatting skipped: the text changed meanwhile");
			return Status.CANCEL_STATUS;
		}
		try {
			DocumentEdit.replaceDifference(document, snapshot.text(), formatted);
		} catch (BadLocationException e) {
			return Status.error("cannot apply formatting", e);
		}
		return Status.OK_STATUS;
	}
}
