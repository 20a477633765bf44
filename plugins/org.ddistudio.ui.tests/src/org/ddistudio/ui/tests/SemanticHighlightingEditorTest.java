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

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.highlighting.DdiPalette;
import org.ddistudio.ui.highlighting.DdiStyle;
import org.ddistudio.ui.highlighting.StylePreferences;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Semantic highlighting in the editor: names coloured by what they declare or refer to (also across
 * files), updated while typing, deprecated interface versions struck through, and colours chosen in
 * the preferences applied to open editors at once.
 */
class SemanticHighlightingEditorTest {

	private static final String LEGACY = """
			package legacy

			deprecated interface OLD_INTERFACE {
			    guid {0D6E8A1E-5B7C-4D2A-9F10-2233445566AA}
			    version 1
			    references noop
			    ULONG Flags;
			}

			driver LegacyBus bus KMDF {
			    produce OLD_INTERFACE on child-pdo
			}
			""";

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("semantic-test", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION,
				"legacy.ddi", LEGACY);
	}

	@AfterEach
	void cleanUp() throws Exception {
		IPreferenceStore store = DdiUiPlugin.getDefault().getPreferenceStore();
		for (DdiStyle style : DdiStyle.values()) {
			store.setToDefault(StylePreferences.colorKey(style));
		}
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}


	private static RGB colourOf(StyledText text, DdiStyle style) {
		return DdiPalette.forBackground(text.getBackground().getRGB()).attribute(style).getForeground().getRGB();
	}

	private static void awaitColour(StyledText text, String what, int offset, RGB expected) {
		Workbench.waitUntil(what + " coloured " + expected, () -> expected.equals(Ui.foreground(text, offset)),
				() -> "is " + Ui.foreground(text, offset));
	}

	@Test
	void namesAreColouredByWhatTheyDeclareOrReferToAcrossFiles() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("function.ddi"));
		StyledText text = Ui.viewer(editor).getTextWidget();
		String content = text.getText();
		// Poke and WIDGET_INTERFACE are declared in widget.ddi: only linking knows what they are
		awaitColour(text, "the called routine", content.indexOf("Poke"), colourOf(text, DdiStyle.ROUTINE));
		awaitColour(text, "the consumed interface", content.indexOf("WIDGET_INTERFACE"), colourOf(text, DdiStyle.INTERFACE));
		awaitColour(text, "the driver's name", content.indexOf("WidgetFunction"), colourOf(text, DdiStyle.DRIVER));
	}

	@Test
	void aNameTypedInIsColouredAfterThePause() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		StyledText text = Ui.viewer(editor).getTextWidget();
		awaitColour(text, "the routine", text.getText().indexOf("Poke"), colourOf(text, DdiStyle.ROUTINE));
		IDocument document = Ui.document(editor);
		document.replace(document.getLength(), 0, "\ndriver ExtraFunction function KMDF {\n}\n");
		awaitColour(text, "the new driver", text.getText().indexOf("ExtraFunction"), colourOf(text, DdiStyle.DRIVER));
		// the earlier names moved with the text or stayed where they were: still coloured right
		awaitColour(text, "the routine", text.getText().indexOf("Poke"), colourOf(text, DdiStyle.ROUTINE));
	}

	@Test
	void aDeprecatedInterfaceIsStruckThroughWhereverItIsNamed() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("legacy.ddi"));
		StyledText text = Ui.viewer(editor).getTextWidget();
		String content = text.getText();
		int produced = content.indexOf("produce OLD_INTERFACE") + "produce ".length();
		int declared = content.indexOf("OLD_INTERFACE");
		Workbench.waitUntil("the produced deprecated interface struck through", () -> {
			StyleRange range = text.getStyleRangeAtOffset(produced);
			return range != null && range.strikeout;
		});
		Workbench.waitUntil("its declaration struck through", () -> {
			StyleRange range = text.getStyleRangeAtOffset(declared);
			return range != null && range.strikeout;
		});
		StyleRange driver = text.getStyleRangeAtOffset(content.indexOf("LegacyBus"));
		assertFalse(driver != null && driver.strikeout, "only the deprecated interface is struck through");
	}

	@Test
	void coloursChosenInThePreferencesApplyToOpenEditors() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		StyledText text = Ui.viewer(editor).getTextWidget();
		int poke = text.getText().indexOf("Poke");
		int keyword = text.getText().indexOf("interface WIDGET");
		awaitColour(text, "the routine", poke, colourOf(text, DdiStyle.ROUTINE));

		IPreferenceStore store = DdiUiPlugin.getDefault().getPreferenceStore();
		store.setValue(StylePreferences.colorKey(DdiStyle.ROUTINE), "10,200,30");
		store.setValue(StylePreferences.colorKey(DdiStyle.KEYWORD), "200,0,0");
		awaitColour(text, "the routine (semantic)", poke, new RGB(10, 200, 30));
		awaitColour(text, "the keyword (lexical)", keyword, new RGB(200, 0, 0));

		store.setToDefault(StylePreferences.colorKey(DdiStyle.ROUTINE));
		awaitColour(text, "the routine back in the theme's colour", poke, colourOf(text, DdiStyle.ROUTINE));
	}
}
