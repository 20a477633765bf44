/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.RunHistory;
import org.ddistudio.ui.launch.core.RunRecord;
import org.ddistudio.ui.launch.ui.ScenarioAt;
import org.ddistudio.ui.launch.ui.SimulationShortcut;
import org.ddistudio.ui.outline.DdiOutlinePage;
import org.ddistudio.ui.outline.OutlineNode;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.actions.ILaunchable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Run As > DDI Simulation on one scenario: from the caret in the editor and from the Outline. */
class ScenarioLaunchTest {

	private IFile file;
	private ITextEditor editor;
	private String text;

	@BeforeEach
	void open() throws Exception {
		text = Fixtures.twoScenarios();
		file = Ui.file("scenario-launch", "widgets.ddi", text);
		Workbench.closeIntro();
		IEditorPart part = IDE.openEditor(Workbench.page(), file, true);
		editor = part.getAdapter(ITextEditor.class);
	}

	@AfterEach
	void close() throws Exception {
		Workbench.page().closeAllEditors(false);
		// the shortcut saves configurations: leave none behind for the next test to reuse
		for (ILaunchConfiguration configuration : configurations()) {
			if (configuration.getAttribute(LaunchAttributes.FILE, "").equals(file.getFullPath().toString())) {
				configuration.delete();
			}
		}
		file.getProject().delete(true, true, null);
	}

	@Test
	void theScenarioAroundAnOffset() {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertEquals("CrossStackCallAfterRemoval", ScenarioAt.in(document, text.indexOf("remove WidgetBusDevice")));
		assertEquals("QueryOnly", ScenarioAt.in(document, text.indexOf("scenario QueryOnly")));
		assertEquals("QueryOnly", ScenarioAt.in(document, text.lastIndexOf("Monitor queries")));
		assertNull(ScenarioAt.in(document, text.indexOf("driver WidgetMonitor")), "outside every scenario");
	}

	@Test
	void caretInAScenarioRunsThatScenarioAlone() throws Exception {
		editor.selectAndReveal(text.lastIndexOf("start all"), 0);
		RunRecord run = launchAndWait(() -> new SimulationShortcut().launch(editor, ILaunchManager.RUN_MODE));
		assertOnly("QueryOnly", run);
		ILaunchConfiguration configuration = SimulationShortcut.configurationFor(file, "QueryOnly");
		assertEquals("widgets.ddi - QueryOnly", configuration.getName());
		assertEquals(List.of("QueryOnly"), configuration.getAttribute(LaunchAttributes.SCENARIOS, List.of()));
		assertEquals(configuration, run.configuration(), "the run used the configuration named after file and scenario");
		// launched again: the same configuration, no copy
		launchAndWait(() -> new SimulationShortcut().launch(editor, ILaunchManager.RUN_MODE));
		assertEquals(1, Arrays.stream(configurations()).filter(c -> c.getName().startsWith("widgets.ddi - QueryOnly")).count());
		// outside a scenario: the whole file, both scenarios
		editor.selectAndReveal(text.indexOf("driver WidgetBus"), 0);
		RunRecord all = launchAndWait(() -> new SimulationShortcut().launch(editor, ILaunchManager.RUN_MODE));
		assertEquals(2, all.items().size());
	}

	@Test
	void outlineScenarioEntryRunsThatScenarioAlone() throws Exception {
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		DdiOutlinePage page = assertInstanceOf(DdiOutlinePage.class, outline.getCurrentPage());
		Workbench.waitUntil("the outline", () -> !page.shownNodes().isEmpty());
		OutlineNode system = page.shownNodes().stream().filter(n -> "system".equals(n.kind())).findFirst().orElseThrow();
		OutlineNode scenario = system.children().stream().filter(n -> n.label().equals("CrossStackCallAfterRemoval")).findFirst().orElseThrow();
		assertEquals("scenario", scenario.kind());
		// what the platform's Run As menu asks of a selection
		assertNotNull(Platform.getAdapterManager().getAdapter(scenario, ILaunchable.class));
		Menu menu = page.getControl().getMenu();
		assertNotNull(menu, "the outline has a context menu");
		page.setSelection(new StructuredSelection(scenario));
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(i -> i.replace("&", "").startsWith("Run As")), items.toString());

		RunRecord run = launchAndWait(() -> new SimulationShortcut().launch(new StructuredSelection(scenario), ILaunchManager.RUN_MODE));
		assertOnly("CrossStackCallAfterRemoval", run);
		assertEquals("widgets.ddi - CrossStackCallAfterRemoval", run.configuration().getName());
	}

	private static void assertOnly(String scenario, RunRecord run) {
		assertNull(run.error());
		assertEquals(List.of(scenario), run.items().stream().map(i -> i.label().substring(0, i.label().indexOf(':'))).toList());
	}

	private static ILaunchConfiguration[] configurations() throws Exception {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations();
	}

	private static RunRecord launchAndWait(Runnable launch) {
		RunRecord before = RunHistory.latest();
		launch.run();
		Workbench.waitUntil("the run to finish", () -> RunHistory.latest() != before, () -> String.valueOf(RunHistory.latest()));
		return RunHistory.latest();
	}
}
