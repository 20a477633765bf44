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

import java.io.File;

import org.ddistudio.ui.testing.Screenshots;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the picture in docs/images/editor.png: the editor with a live error marker and the content
 * assist popup open. Only when -Dddistudio.screenshot=<path>.png is given (an unset Maven
 * property reaches the test runtime as "null"), so ordinary builds do not
 * write into the source tree.
 */
@EnabledIfSystemProperty(named = "ddistudio.screenshot", matches = ".+\\.png")
class EditorScreenshotTest {

	@Test
	void screenshotWithMarkersAndContentAssist() throws Exception {
		// a consumer calling a routine the interface does not have (an error marker), and a second
		// consumer being typed, with content assist proposing the interface declared in widget.ddi
		String typing = "    consume WID";
		String function = Fixtures.FUNCTION.replace("calls Poke", "calls Poke, Reset").replace("    }\n}", "    }\n" + typing + "\n}");
		IProject project = Workbench.project("widgets", "widget.ddi", Fixtures.WIDGET, "function.ddi", function);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1400, 860);
		ITextEditor editor = Ui.open(project.getFile("function.ddi"));
		Workbench.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		IDocument document = Ui.document(editor);
		Workbench.waitUntil("an error annotation", () -> Ui.hasCode(editor, "DDI002"));
		int caret = document.get().lastIndexOf(typing) + typing.length();
		editor.selectAndReveal(caret, 0);
		ISourceViewer viewer = Ui.viewer(editor);
		viewer.getTextWidget().setFocus();
		((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Workbench.waitUntil("the content assist popup", () -> popupTable() != null && popupTable().getItemCount() > 0);
		Workbench.settle(800);

		File target = new File(System.getProperty("ddistudio.screenshot"));
		Screenshots.capture(shell, target);

		// second picture, next to the first: the hover over the interface, with its layout table
		Shell proposals = popupShell();
		if (proposals != null) {
			proposals.close();
		}
		Workbench.settle(300);
		editor.selectAndReveal(document.get().indexOf("WIDGET_INTERFACE") + 4, 0);
		((ITextOperationTarget) viewer).doOperation(ISourceViewer.INFORMATION);
		Workbench.waitUntil("the hover", () -> popupShell() != null);
		Workbench.settle(800);
		Screenshots.capture(shell, new File(target.getParentFile(), target.getName().replace(".png", "-hover.png")));
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}


	/** A visible popup over the workbench window, if any. */
	private static Shell popupShell() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
				return shell;
			}
		}
		return null;
	}

	/** The proposal table of an open content-assist popup, if any. */
	private static Table popupTable() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
				for (var child : shell.getChildren()) {
					if (child instanceof Table table) {
						return table;
					}
				}
			}
		}
		return null;
	}
}
