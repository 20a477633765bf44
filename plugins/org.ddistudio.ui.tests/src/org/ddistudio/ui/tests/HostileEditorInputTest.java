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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in the editor: the reconciler, folding, outline, semantic highlighting and mark
 * occurrences answer with a syntax error marker, log nothing and keep the editor usable (the same
 * corpus the CLI is tested with in HostileInputsTest).
 */
class HostileEditorInputTest {

	private IProject project;
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR) {
			synchronized (logged) {
				logged.add(status);
			}
		}
	};

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Platform.removeLogListener(listener);
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	private void openAndExpectASyntaxError(String name, String text) throws Exception {
		project = Workbench.project("hostile-editor", name, text);
		ITextEditor editor = Ui.open(project.getFile(name));
		assertNotNull(editor, "the editor opened (no error part)");
		Workbench.waitUntil("a DDI001 annotation", () -> Ui.hasCode(editor, "DDI001"), () -> Ui.describe(Ui.issues(editor)).get());
		// mark occurrences at the caret, content assist there, and a keystroke still work
		editor.selectAndReveal(text.length() / 2, 0);
		org.eclipse.jface.text.source.ISourceViewer viewer = Ui.viewer(editor);
		((org.eclipse.jface.text.ITextOperationTarget) viewer).doOperation(org.eclipse.jface.text.source.ISourceViewer.CONTENTASSIST_PROPOSALS);
		Workbench.settle(1_000);
		viewer.getTextWidget().setFocus();
		IDocument document = Ui.document(editor);
		document.replace(0, 0, "// still editable\n");
		Workbench.settle(1_500);
		assertTrue(document.get().startsWith("// still editable\n"));
		synchronized (logged) {
			assertEquals(List.of(), logged.stream().map(IStatus::toString).toList(), "errors logged");
		}
	}

	@Test
	void hundredThousandNestedBraces() throws Exception {
		openAndExpectASyntaxError("braces.ddi", "{".repeat(100_000) + "}".repeat(100_000));
	}

	/** Regression: a character the lexer cannot place (here an unterminated string) made the editor fail to open. */
	@Test
	void anUnlexableCharacterStillOpens() throws Exception {
		openAndExpectASyntaxError("string.ddi", "package p\ninterface I {\n    guid \"unterminated\n}\n");
	}

	@Test
	void aValidPrefixThenRandomCharacters() throws Exception {
		StringBuilder text = new StringBuilder("package p\ninterface I {\n    guid {E0B27630-5434-11D3-B890-00C04FAD5171}\n    version 1\n");
		Random random = new Random(5);
		for (int i = 0; i < 20_000; i++) {
			text.append((char) (32 + random.nextInt(95)));
		}
		openAndExpectASyntaxError("garbage.ddi", text.toString());
	}
}
