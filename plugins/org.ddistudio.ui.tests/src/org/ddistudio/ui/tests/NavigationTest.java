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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.ddistudio.ui.navigation.DeclarationHyperlinkDetector;
import org.ddistudio.ui.outline.DdiOutlinePage;
import org.ddistudio.ui.outline.OutlineNode;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outline view and Ctrl+click navigation. */
class NavigationTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("navigation-test", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void outlineShowsDeclarationsAndFollowsTyping() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		DdiOutlinePage page = assertInstanceOf(DdiOutlinePage.class, outline.getCurrentPage());
		Workbench.waitUntil("the outline", () -> page.shownNodes().size() == 2);
		List<OutlineNode> nodes = page.shownNodes();
		assertEquals(List.of("WIDGET_INTERFACE", "WidgetBus"), nodes.stream().map(OutlineNode::label).toList());
		assertEquals(List.of("Poke()", "Flags"), nodes.get(0).children().stream().map(OutlineNode::label).toList());
		assertEquals(List.of("produces WIDGET_INTERFACE"), nodes.get(1).children().stream().map(OutlineNode::label).toList());

		IDocument document = Ui.document(editor);
		document.replace(document.getLength(), 0, "\nstruct WIDGET_STATE {\n    ULONG Count;\n}\n");
		Workbench.waitUntil("the outline to show the new struct", () -> page.shownNodes().size() == 3);
		assertEquals("WIDGET_STATE", page.shownNodes().get(2).label());
	}

	@Test
	void ctrlClickOnAReferenceOpensItsDeclarationInTheOtherFile() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("function.ddi"));
		int offset = Ui.document(editor).get().indexOf("WIDGET_INTERFACE") + 2;
		DeclarationHyperlinkDetector detector = new DeclarationHyperlinkDetector();
		IHyperlink[][] links = new IHyperlink[1][];
		// the detector never parses on the UI thread: there is a link once the reconciler has parsed the text
		Workbench.waitUntil("a hyperlink", () -> (links[0] = detector.detectHyperlinks(Ui.viewer(editor), new Region(offset, 0), false)) != null);
		assertEquals("Open Declaration of WIDGET_INTERFACE", links[0][0].getHyperlinkText());
		links[0][0].open();

		ITextEditor target = Workbench.page().getActiveEditor().getAdapter(ITextEditor.class);
		assertEquals("widget.ddi", target.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) target.getSelectionProvider().getSelection();
		assertEquals("WIDGET_INTERFACE", selection.getText());
		assertEquals(Fixtures.WIDGET.indexOf("interface WIDGET_INTERFACE") + "interface ".length(), selection.getOffset());
	}
}
