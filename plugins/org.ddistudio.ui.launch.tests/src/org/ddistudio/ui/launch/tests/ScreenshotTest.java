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

import java.io.File;

import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.ResultNode;
import org.ddistudio.ui.launch.core.RunRecord;
import org.ddistudio.ui.launch.debug.DebugModel;
import org.ddistudio.ui.launch.debug.ScenarioDebugTarget;
import org.ddistudio.ui.launch.debug.ScenarioLineBreakpoint;
import org.ddistudio.ui.launch.diagram.DiagramView;
import org.ddistudio.ui.launch.view.ResultsView;
import org.ddistudio.ui.testing.Screenshots;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the pictures docs/images/results-view.png and docs/images/diagram-view.png: a failing
 * cross-stack run in the results view with its finding selected, and the stack diagram highlighting
 * the devices of that finding; and docs/images/debug-session.png: a scenario stopped at a breakpoint
 * in the Debug perspective, the producer's layer selected with its reference count. Only when -Dddistudio.screenshots=<folder> is given (an unset Maven
 * property reaches the test runtime as "null"), so ordinary builds do not write into the source tree.
 */
@EnabledIfSystemProperty(named = "ddistudio.screenshots", matches = "/.+")
class ScreenshotTest {

	@Test
	void resultsAndDiagram() throws Exception {
		IFile file = Ui.file("screenshots", "widgets.ddi", Fixtures.CROSS_STACK);
		Workbench.closeIntro();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1400, 900);
		IDE.openEditor(Workbench.page(), file, true);
		RunRecord run = Ui.launch(Ui.configuration(file, LaunchAttributes.MODE_SIMULATE));
		ResultsView results = (ResultsView) Workbench.page().showView(ResultsView.ID);
		Workbench.waitUntil("the run in the results view", () -> results.shown() == run, () -> String.valueOf(results.shown()));
		ResultNode scenario = run.items().get(0);
		ResultNode finding = scenario.children().get(0).children().get(0);
		results.viewer().expandToLevel(scenario, 2);
		results.viewer().setSelection(new StructuredSelection(finding), true);
		DiagramView diagram = (DiagramView) Workbench.page().showView(DiagramView.ID);
		diagram.show(finding.system(), scenario.devices());
		Workbench.waitUntil("the highlighted diagram", () -> diagram.diagram() != null && !diagram.diagram().highlighted().isEmpty(), () -> "none");
		Workbench.page().activate(results);
		Workbench.settle(800);
		File folder = new File(System.getProperty("ddistudio.screenshots"));
		Screenshots.capture(shell, new File(folder, "results-view.png"));
		Workbench.page().activate(diagram);
		Workbench.settle(800);
		Screenshots.capture(shell, new File(folder, "diagram-view.png"));
		Workbench.page().closeAllEditors(false);
		file.getProject().delete(true, true, null);
	}

	@Test
	void debugSession() throws Exception {
		IFile file = Ui.file("screenshots-debug", "refs.ddi", DebugTest.COUNTED);
		Workbench.closeIntro();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window.getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1400, 900);
		PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, window);
		ITextEditor editor = IDE.openEditor(Workbench.page(), file, true).getAdapter(ITextEditor.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int line = document.getLineOfOffset(DebugTest.COUNTED.indexOf("expect references TI")) + 1;
		new ScenarioLineBreakpoint(file, line);
		ILaunch launch = Ui.configuration(file, LaunchAttributes.MODE_SIMULATE).launch(ILaunchManager.DEBUG_MODE, null);
		ScenarioDebugTarget target = (ScenarioDebugTarget) launch.getDebugTarget();
		Workbench.waitUntil("the breakpoint", () -> target.isSuspended() || launch.isTerminated());
		IThread child = target.getThreads()[1];
		IStackFrame producer = child.getStackFrames()[1]; // the hop where the PDO answered the query of step 2
		IDebugView debug = (IDebugView) Workbench.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
		DebugUITools.displaySource(DebugUITools.lookupSource(child.getTopStackFrame(), launch.getSourceLocator()), Workbench.page());
		Workbench.page().showView(IDebugUIConstants.ID_VARIABLE_VIEW);
		// after the view's own selection of the top frame at the stop: the producer's layer, with its reference count
		Workbench.settle(1000);
		// as a click does: the view keeps a suspended thread's top frame against programmatic selections
		Tree tree = (Tree) debug.getViewer().getControl();
		String frame = producer.getName();
		Workbench.waitUntil("the frame '" + frame + "' in the Debug view", () -> find(tree.getItems(), frame) != null,
				() -> "items: " + texts(tree.getItems()));
		TreeItem item = find(tree.getItems(), frame);
		tree.setSelection(item);
		Event click = new Event();
		click.item = item;
		tree.notifyListeners(SWT.Selection, click);
		Workbench.settle(1500);
		Screenshots.capture(shell, new File(new File(System.getProperty("ddistudio.screenshots")), "debug-session.png"));
		target.terminate();
		Workbench.waitUntil("the launch to end", launch::isTerminated);
		DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(DebugModel.ID), true);
		Workbench.page().closeAllEditors(false);
		file.getProject().delete(true, true, null);
	}

	private static TreeItem find(TreeItem[] items, String prefix) {
		for (TreeItem item : items) {
			if (item.getText().startsWith(prefix)) {
				return item;
			}
			TreeItem below = find(item.getItems(), prefix);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	/** The labels of the items and their shown children, for a failure message. */
	private static String texts(TreeItem[] items) {
		StringBuilder result = new StringBuilder();
		for (TreeItem item : items) {
			result.append('[').append(item.getText()).append(texts(item.getItems())).append(']');
		}
		return result.toString();
	}
}
