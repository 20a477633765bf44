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

import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** F1 in a .ddi editor opens DDI Studio's help context, not the generic text editor's. */
class ContextHelpTest {

	/** Where the workbench help system keeps a control's help context (WorkbenchHelpSystem.setHelp). */
	private static final String HELP_KEY = "org.eclipse.ui.help";

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("help-test", "widget.ddi", Fixtures.WIDGET);
	}

	@AfterEach
	void deleteProject() throws Exception {
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void theEditorsTextHasTheDdiHelpContext() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		StyledText text = Ui.viewer(editor).getTextWidget();
		Workbench.waitUntil("the DDI help context on the editor's text", () -> "org.ddistudio.help.editor".equals(text.getData(HELP_KEY)),
				() -> String.valueOf(text.getData(HELP_KEY)));
	}
}
