/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.ddistudio.ui.testing.Workbench;
import org.ddistudio.ui.validation.DdiIssueAnnotation;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the editor tests share besides {@link Workbench}: opening .ddi files and reading the editor's state. */
final class Ui {

	private Ui() {
	}

	/** Opens a file in its default editor (for .ddi: the Generic Editor) and closes the welcome page. */
	static ITextEditor open(IFile file) throws PartInitException {
		Workbench.closeIntro();
		IEditorPart part = IDE.openEditor(Workbench.page(), file, true);
		ITextEditor editor = part.getAdapter(ITextEditor.class);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId(), "editor of " + file.getName());
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	/** The DDI issue annotations currently in the editor. */
	static List<DdiIssueAnnotation> issues(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<DdiIssueAnnotation> result = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof DdiIssueAnnotation issue) {
				result.add(issue);
			}
		}
		return result;
	}

	static Supplier<String> describe(List<DdiIssueAnnotation> issues) {
		return () -> issues.stream().map(Annotation::getText).toList().toString();
	}

	static boolean hasCode(ITextEditor editor, String code) {
		return issues(editor).stream().anyMatch(a -> a.code().equals(code));
	}

	/** The foreground colour the widget shows at an offset, or null for the editor's own foreground. */
	static RGB foreground(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range == null || range.foreground == null ? null : range.foreground.getRGB();
	}
}
