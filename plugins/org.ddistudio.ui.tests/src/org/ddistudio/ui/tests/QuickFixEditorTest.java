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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.ddistudio.ui.quickfix.DdiMarkerResolutionGenerator;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quick fixes in the workbench: Ctrl+1 on a live annotation, and marker resolutions for problem markers. */
class QuickFixEditorTest {

	/** DDI201: SendQueryToParentStack on an FDO, which WdfDeviceAddQueryInterface rejects. */
	private static final String BROKEN = """
			package demo

			interface RESET_INTERFACE {
			    guid {0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F}
			    version 1
			    VOID Reset(_In_ PVOID Context);
			}

			driver ResetFunction function KMDF {
			    produce RESET_INTERFACE on fdo {
			        SendQueryToParentStack
			    }
			}
			""";

	private static final String FIXED = BROKEN.replace("\n        SendQueryToParentStack", "");

	private static final String LABEL = "Remove SendQueryToParentStack";

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("quickfix-test", "reset.ddi", BROKEN);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void ctrl1OnTheAnnotationOffersItsFixAndApplyingItIsOneUndoableEdit() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("reset.ddi"));
		IDocument document = Ui.document(editor);
		Workbench.waitUntil("a DDI201 annotation", () -> Ui.hasCode(editor, "DDI201"), Ui.describe(Ui.issues(editor)));

		// Ctrl+1 asks the editor's quick assist assistant, whose processor the Generic Editor composes
		// from the quickAssistProcessors extensions: ours must be among them
		ISourceViewer viewer = Ui.viewer(editor);
		IQuickAssistAssistant assistant = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant();
		int caret = BROKEN.indexOf("SendQueryToParentStack") + 4;
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, caret, 0));
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		ICompletionProposal fix = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith(LABEL)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + LABEL + "' among " + labels));

		// nothing to fix on a line without a diagnostic
		int elsewhere = BROKEN.indexOf("version 1");
		assertEquals(0, assistant.getQuickAssistProcessor().computeQuickAssistProposals(new TextInvocationContext(viewer, elsewhere, 0)).length);

		fix.apply(document);
		assertEquals(FIXED, document.get());
		Workbench.waitUntil("the DDI201 annotation to go", () -> !Ui.hasCode(editor, "DDI201"), Ui.describe(Ui.issues(editor)));

		// one undo restores the text
		viewer.getTextOperationTarget().doOperation(ITextOperationTarget.UNDO);
		assertEquals(BROKEN, document.get());
		Workbench.waitUntil("the DDI201 annotation to return", () -> Ui.hasCode(editor, "DDI201"), Ui.describe(Ui.issues(editor)));
	}

	@Test
	void aProblemMarkerIsResolvedInItsFileWithoutAnEditor() throws Exception {
		IFile file = project.getFile("reset.ddi");
		// only what a builder's marker has: the file, the line and the rule code (no character range)
		IMarker marker = file.createMarker(DdiMarkerResolutionGenerator.MARKER_TYPE);
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		marker.setAttribute(IMarker.MESSAGE, "SendQueryToParentStack on a registration 'on fdo'");
		marker.setAttribute(IMarker.LINE_NUMBER, lineOf(BROKEN, "SendQueryToParentStack"));
		marker.setAttribute(DdiMarkerResolutionGenerator.RULE_CODE, "DDI201");

		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		IMarkerResolution fix = Arrays.stream(resolutions).filter(r -> r.getLabel().startsWith(LABEL)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + LABEL + "' among " + labels));
		fix.run(marker);
		// not open in an editor: the fix is saved, nobody else would
		assertEquals(FIXED, contents(file));

		// a rule without fixes has no resolutions, and costs no parse to find out
		marker.setAttribute(DdiMarkerResolutionGenerator.RULE_CODE, "DDI401");
		assertFalse(IDE.getMarkerHelpRegistry().hasResolutions(marker));
	}

	@Test
	void aMarkerOfAnOpenFileIsFixedInTheEditorUnsaved() throws Exception {
		IFile file = project.getFile("reset.ddi");
		ITextEditor editor = Ui.open(file);
		IMarker marker = file.createMarker(DdiMarkerResolutionGenerator.MARKER_TYPE);
		marker.setAttribute(IMarker.LINE_NUMBER, lineOf(BROKEN, "SendQueryToParentStack"));
		marker.setAttribute(IMarker.CHAR_START, BROKEN.indexOf("SendQueryToParentStack"));
		marker.setAttribute(IMarker.CHAR_END, BROKEN.indexOf("SendQueryToParentStack") + "SendQueryToParentStack".length());
		marker.setAttribute(DdiMarkerResolutionGenerator.RULE_CODE, "DDI201");

		// the same diagnostic as a live annotation and as a marker: Ctrl+1 offers its fix once
		Workbench.waitUntil("the DDI201 annotation and the marker in the editor", () -> Ui.hasCode(editor, "DDI201") && hasMarkerAnnotation(editor));
		ISourceViewer viewer = Ui.viewer(editor);
		ICompletionProposal[] proposals = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant().getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, BROKEN.indexOf("SendQueryToParentStack") + 4, 0));
		assertEquals(1, Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith(LABEL)).count(),
				Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList().toString());

		IMarkerResolution fix = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
				.filter(r -> r.getLabel().startsWith(LABEL)).findFirst().orElseThrow();
		fix.run(marker);
		assertEquals(FIXED, Ui.document(editor).get());
		assertTrue(editor.isDirty(), "left for the user to save or undo");
		assertEquals(BROKEN, contents(file));
	}

	private static boolean hasMarkerAnnotation(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation) {
				return true;
			}
		}
		return false;
	}

	private static int lineOf(String text, String part) {
		return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
	}

	private static String contents(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toString(StandardCharsets.UTF_8);
		}
	}
}
