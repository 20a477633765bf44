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
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.ddistudio.ui.occurrences.OccurrencesReconciler;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mark occurrences: the caret on a name highlights its declaration and every reference in the file. */
class OccurrencesTest {

	private static final String TOGGLE_NODE = "org.eclipse.ui.genericeditor";
	private static final String TOGGLE_KEY = "org.eclipse.ui.genericeditor.togglehighlight";

	/** An interface with a reference to it and to its routine in the same file. */
	private static final String MODEL = Fixtures.WIDGET + """

			driver WidgetFunction function KMDF {
			    consume WIDGET_INTERFACE {
			        version 1
			        calls Poke
			    }
			}
			""";

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("occurrences-test", "widget.ddi", MODEL);
	}

	@AfterEach
	void cleanUp() throws Exception {
		InstanceScope.INSTANCE.getNode(TOGGLE_NODE).remove(TOGGLE_KEY);
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	/** "D@offset+length" for the declaration, "R@offset+length" for a reference, in document order. */
	private static List<String> occurrences(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<Annotation> marks = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (OccurrencesReconciler.DECLARATION.equals(annotation.getType()) || OccurrencesReconciler.OCCURRENCE.equals(annotation.getType())) {
				marks.add(annotation);
			}
		}
		marks.sort(Comparator.comparingInt(annotation -> model.getPosition(annotation).getOffset()));
		return marks.stream().map(annotation -> (OccurrencesReconciler.DECLARATION.equals(annotation.getType()) ? "D@" : "R@")
				+ model.getPosition(annotation).getOffset() + "+" + model.getPosition(annotation).getLength()).toList();
	}

	private static void awaitOccurrences(ITextEditor editor, List<String> expected) {
		Workbench.waitUntil("occurrences " + expected, () -> occurrences(editor).equals(expected), () -> "are " + occurrences(editor));
	}

	@Test
	void theCaretOnANameMarksItsDeclarationAndItsReferences() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		String text = Ui.document(editor).get();
		int declaration = text.indexOf("WIDGET_INTERFACE");
		int produced = text.indexOf("produce WIDGET_INTERFACE") + "produce ".length();
		int consumed = text.indexOf("consume WIDGET_INTERFACE") + "consume ".length();
		int length = "WIDGET_INTERFACE".length();

		editor.selectAndReveal(consumed + 3, 0); // on a reference: the same set as on the declaration
		awaitOccurrences(editor, List.of("D@" + declaration + "+" + length, "R@" + produced + "+" + length, "R@" + consumed + "+" + length));

		int poke = text.indexOf("Poke");
		int called = text.indexOf("calls Poke") + "calls ".length();
		editor.selectAndReveal(poke, 0);
		awaitOccurrences(editor, List.of("D@" + poke + "+4", "R@" + called + "+4"));

		editor.selectAndReveal(text.indexOf("version 1") + 2, 0); // a keyword names nothing
		awaitOccurrences(editor, List.of());
	}

	@Test
	void theToggleButtonsPreferenceTurnsItOff() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		String text = Ui.document(editor).get();
		int poke = text.indexOf("Poke");
		editor.selectAndReveal(poke, 0);
		Workbench.waitUntil("occurrences of Poke", () -> occurrences(editor).size() == 2, () -> "are " + occurrences(editor));

		IEclipsePreferences toggle = InstanceScope.INSTANCE.getNode(TOGGLE_NODE);
		toggle.putBoolean(TOGGLE_KEY, false);
		awaitOccurrences(editor, List.of());
		editor.selectAndReveal(text.indexOf("WIDGET_INTERFACE"), 0);
		Workbench.settle(1500);
		assertEquals(List.of(), occurrences(editor), "no occurrences while switched off");

		toggle.putBoolean(TOGGLE_KEY, true);
		Workbench.waitUntil("occurrences back on", () -> occurrences(editor).size() == 3, () -> "are " + occurrences(editor));
	}
}
