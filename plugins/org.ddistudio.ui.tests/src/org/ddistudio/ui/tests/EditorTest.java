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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.ddistudio.ui.hover.DdiTextHover;
import org.ddistudio.ui.validation.DdiIssueAnnotation;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The .ddi editor in a running workbench: opening, live markers, highlighting, hover, format, comments, brackets. */
class EditorTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("editor-test", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION, "messy.ddi", Fixtures.MESSY);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void ddiFilesHaveTheirContentTypeAndOpenInTheGenericEditor() throws Exception {
		IFile file = project.getFile("widget.ddi");
		IContentType type = Platform.getContentTypeManager().findContentTypeFor(file.getName());
		assertEquals("org.ddistudio.ddi", type.getId());
		ITextEditor editor = Ui.open(file);
		assertNotNull(editor.getTitleImage());
	}

	@Test
	void annotationsAppearWhileTypingAndDisappearWhenFixed() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		IDocument document = Ui.document(editor);

		// type a broken GUID: a malformed-GUID error with its rule code in the text must appear
		int guid = document.get().indexOf(Fixtures.GUID);
		document.replace(guid + 9, 5, "XYZ");
		Workbench.waitUntil("a DDI100 annotation", () -> Ui.hasCode(editor, "DDI100"));
		DdiIssueAnnotation malformed = Ui.issues(editor).stream().filter(a -> a.code().equals("DDI100")).findFirst().orElseThrow();
		assertEquals(DdiIssueAnnotation.ERROR, malformed.getType());
		assertTrue(malformed.getText().startsWith("DDI100 Malformed GUID: "), malformed.getText());
		assertEquals(guid, editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()).getPosition(malformed).getOffset());

		// fix it: the annotation goes away
		document.replace(guid + 9, 3, Fixtures.GUID.substring(9, 14));
		assertEquals(Fixtures.WIDGET, document.get());
		Workbench.waitUntil("the DDI100 annotation to go", () -> !Ui.hasCode(editor, "DDI100"));
	}

	@Test
	void referencesResolveAcrossTheFilesOfTheProject() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("function.ddi"));
		IDocument document = Ui.document(editor);
		int reference = document.get().indexOf("WIDGET_INTERFACE");
		document.replace(reference, "WIDGET".length(), "GADGET");
		Workbench.waitUntil("an unresolved-reference annotation", () -> Ui.hasCode(editor, "DDI002"));
		// the interface is declared in widget.ddi: once the name is right again, the reference resolves
		document.replace(reference, "GADGET".length(), "WIDGET");
		Workbench.waitUntil("the unresolved-reference annotation to go", () -> !Ui.hasCode(editor, "DDI002"));
	}

	@Test
	void typingInOneFileUpdatesTheMarkersOfAnotherOpenFile() throws Exception {
		ITextEditor function = Ui.open(project.getFile("function.ddi"));
		ITextEditor widget = Ui.open(project.getFile("widget.ddi"));
		IDocument declaring = Ui.document(widget);
		int name = declaring.get().indexOf("interface WIDGET_INTERFACE") + "interface ".length();
		// rename the declaration, unsaved: the consumer in the other editor no longer resolves ...
		declaring.replace(name, "WIDGET".length(), "GADGET");
		Workbench.waitUntil("an unresolved-reference annotation in function.ddi", () -> Ui.hasCode(function, "DDI002"));
		// ... and resolves again once the name is back, without its own text ever changing
		declaring.replace(name, "GADGET".length(), "WIDGET");
		Workbench.waitUntil("the annotation in function.ddi to go", () -> !Ui.hasCode(function, "DDI002"));
		assertFalse(function.isDirty());
	}

	@Test
	void declarationsAndBlockCommentsFold() throws Exception {
		// a block comment at column 0 throughout: indentation-based folding (the Generic Editor's
		// fallback) would not fold it, the language's folding does
		String text = "/*\nWidgets of the demo.\nSecond line.\n*/\n" + Fixtures.WIDGET;
		IFile file = project.getFile("folding.ddi");
		file.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = Ui.open(file);
		ProjectionAnnotationModel folds = ((ProjectionViewer) Ui.viewer(editor)).getProjectionAnnotationModel();
		int iface = text.indexOf("interface WIDGET_INTERFACE");
		int ifaceEnd = text.indexOf("\n}\n", iface) + 3; // through the closing brace's line, not the GUID's
		Workbench.waitUntil("folds for the comment and the interface", () -> hasFold(folds, 0, text.indexOf("package"))
				&& hasFold(folds, text.lastIndexOf('\n', iface) + 1, ifaceEnd), () -> folds(folds));
	}

	private static String folds(ProjectionAnnotationModel folds) {
		StringBuilder found = new StringBuilder();
		for (var it = folds.getAnnotationIterator(); it.hasNext();) {
			found.append(folds.getPosition(it.next())).append(' ');
		}
		return found.toString();
	}

	private static boolean hasFold(ProjectionAnnotationModel folds, int start, int end) {
		for (var it = folds.getAnnotationIterator(); it.hasNext();) {
			Position position = folds.getPosition(it.next());
			if (position != null && position.getOffset() == start && position.getOffset() + position.getLength() == end) {
				return true;
			}
		}
		return false;
	}

	@Test
	void keywordsTypesGuidsAndCommentsAreColoured() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		StyledText text = Ui.viewer(editor).getTextWidget();
		String content = text.getText();
		RGB keyword = Ui.foreground(text, content.indexOf("interface WIDGET"));
		RGB type = Ui.foreground(text, content.indexOf("NTSTATUS"));
		RGB sal = Ui.foreground(text, content.indexOf("_In_"));
		RGB guid = Ui.foreground(text, content.indexOf(Fixtures.GUID) + 5);
		RGB doc = Ui.foreground(text, content.indexOf("/** The widget"));
		RGB number = Ui.foreground(text, content.indexOf("version 1") + "version ".length());
		RGB name = Ui.foreground(text, content.indexOf("WIDGET_INTERFACE {"));
		assertNotNull(keyword);
		assertEquals(java.util.Set.of(keyword, type, sal, guid, doc, number).size(), 6, "six distinct colours");
		assertTrue(name == null || !name.equals(keyword), "a declared name is not coloured as a keyword");
		assertTrue((text.getStyleRangeAtOffset(content.indexOf("interface WIDGET")).fontStyle & org.eclipse.swt.SWT.BOLD) != 0);
	}


	@Test
	void hoverShowsDocumentationAndTheLayoutOnBothAbis() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("function.ddi"));
		IDocument document = Ui.document(editor);
		// hover over the cross-file reference: the interface is declared in widget.ddi
		int offset = document.get().indexOf("WIDGET_INTERFACE") + 3;
		IRegion region = new DdiTextHover().getHoverRegion(Ui.viewer(editor), offset);
		assertEquals("WIDGET_INTERFACE", document.get(region.getOffset(), region.getLength()));
		String hover = (String) new DdiTextHover().getHoverInfo2(Ui.viewer(editor), region);
		assertNotNull(hover);
		assertTrue(hover.startsWith("interface WIDGET_INTERFACE"), hover);
		assertTrue(hover.contains("The widget bus interface: lets a function driver poke the bus."), hover);
		// INTERFACE header 32/16 bytes, then Poke (a pointer) and Flags (4 bytes), struct aligned to 8/4
		assertTrue(Pattern.compile("(?m)^sizeof\\s+48\\s+24$").matcher(hover).find(), hover);
		assertTrue(Pattern.compile("(?m)^INTERFACE header\\s+0\\s+0$").matcher(hover).find(), hover);
		assertTrue(Pattern.compile("(?m)^Poke\\s+32\\s+16$").matcher(hover).find(), hover);
		assertTrue(Pattern.compile("(?m)^Flags\\s+40\\s+20$").matcher(hover).find(), hover);
		assertTrue(hover.contains("GUID " + Fixtures.GUID), hover);

		// a member: its offsets
		int poke = document.get().indexOf("calls Poke") + "calls P".length();
		String member = DdiTextHover.text(document, poke);
		assertTrue(member.contains("offset 32 on x64 (8 bytes), 16 on x86 (4 bytes)"), member);
	}

	@Test
	void formatCommandFormatsAsOneUndoableEdit() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("messy.ddi"));
		IDocument document = Ui.document(editor);
		execute("org.ddistudio.ui.format");
		Workbench.waitUntil("the formatted text", () -> Fixtures.FORMATTED.equals(document.get()));
		// one undo brings the messy text back
		Ui.viewer(editor).getTextOperationTarget().doOperation(org.eclipse.jface.text.ITextOperationTarget.UNDO);
		assertEquals(Fixtures.MESSY, document.get());
	}

	@Test
	void toggleCommentCommentsAndUncommentsTheSelectedLines() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		IDocument document = Ui.document(editor);
		int start = document.get().indexOf("    NTSTATUS Poke");
		int end = document.get().indexOf("    ULONG Flags;") + 5;
		editor.selectAndReveal(start, end - start);
		execute("org.ddistudio.ui.toggleComment");
		assertTrue(document.get().contains("    // NTSTATUS Poke(_In_ PVOID Context, _In_ ULONG Value);\n    // ULONG Flags;\n"), document.get());
		execute("org.ddistudio.ui.toggleComment");
		assertEquals(Fixtures.WIDGET, document.get());
	}

	@Test
	void bracketsMatchButGuidBracesDoNotPairWithCode() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		IDocument document = Ui.document(editor);
		String text = document.get();
		ICharacterPairMatcher matcher = new org.ddistudio.ui.editing.DdiBracketMatcher();
		int open = text.indexOf("WIDGET_INTERFACE {") + "WIDGET_INTERFACE ".length();
		IRegion match = matcher.match(document, open + 1);
		assertNotNull(match);
		int close = match.getOffset() + match.getLength() - 1;
		assertEquals('}', document.getChar(close));
		assertEquals(text.indexOf("}\n\ndriver"), close, "the interface's closing brace, not the GUID's");
		matcher.dispose();
	}

	private static void execute(String commandId) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(commandId);
		assertTrue(command.isDefined(), commandId);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
	}
}
