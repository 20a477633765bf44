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

import org.ddistudio.ui.document.DdiPartitions;
import org.ddistudio.ui.highlighting.DdiPalette;
import org.ddistudio.ui.highlighting.DdiPresentationReconciler;
import org.ddistudio.ui.highlighting.DdiStyle;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** On a dark editor background (the dark theme's), highlighting switches to the dark palette. */
class DarkThemeTest {

	@Test
	void aDarkBackgroundGetsTheDarkColours() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new FillLayout());
			SourceViewer viewer = new SourceViewer(shell, null, SWT.NONE);
			RGB dark = new RGB(47, 47, 47);
			viewer.getTextWidget().setBackground(new Color(dark));
			Document document = new Document(Fixtures.WIDGET);
			DdiPartitions.install(document);
			DdiPresentationReconciler reconciler = new DdiPresentationReconciler();
			reconciler.install(viewer);
			viewer.setDocument(document);
			shell.setSize(600, 400);
			shell.open();
			StyledText text = viewer.getTextWidget();
			Workbench.waitUntil("highlighting", () -> text.getStyleRangeAtOffset(text.getText().indexOf("interface WIDGET")) != null);
			RGB keyword = text.getStyleRangeAtOffset(text.getText().indexOf("interface WIDGET")).foreground.getRGB();
			assertEquals(DdiPalette.forBackground(dark).attribute(DdiStyle.KEYWORD).getForeground().getRGB(), keyword);
			RGB comment = text.getStyleRangeAtOffset(text.getText().indexOf("/** The widget")).foreground.getRGB();
			assertEquals(DdiPalette.forBackground(dark).attribute(DdiStyle.DOC_COMMENT).getForeground().getRGB(), comment);
			reconciler.uninstall();
		} finally {
			shell.dispose();
		}
	}
}
