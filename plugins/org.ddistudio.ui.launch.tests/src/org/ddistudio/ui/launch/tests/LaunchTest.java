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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.ddistudio.ui.launch.console.SimulationConsole;
import org.ddistudio.ui.launch.core.FindingMarkers;
import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.ResultNode;
import org.ddistudio.ui.launch.core.RunRecord;
import org.ddistudio.ui.launch.ui.SimulationShortcut;
import org.ddistudio.ui.launch.view.ResultsView;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.console.MessageConsole;
import org.junit.jupiter.api.Test;

/** Launches DDI Simulation configurations in the workbench and checks results view, console and markers. */
class LaunchTest {

	@Test
	void cleanToasterPassesAndTheResultsViewSaysSo() throws Exception {
		IFile file = Ui.file("launch-toaster", "toaster.ddi", Fixtures.toaster());
		Workbench.closeIntro();
		// the shortcut's configuration: saved, found again for the same file
		ILaunchConfiguration configuration = SimulationShortcut.configurationFor(file);
		assertEquals(configuration, SimulationShortcut.configurationFor(file));
		RunRecord run = Ui.launch(configuration.getWorkingCopy());
		assertNull(run.error());
		assertEquals(List.of("PlugInAndUnplug"), run.items().stream().map(i -> i.label().substring(0, i.label().indexOf(':'))).toList());
		assertTrue(run.ok(), run.title());

		ResultsView view = (ResultsView) Workbench.page().showView(ResultsView.ID);
		Workbench.waitUntil("the results view to show the run", () -> view.shown() == run, () -> String.valueOf(view.shown()));
		TreeItem[] items = view.viewer().getTree().getItems();
		assertEquals(1, items.length);
		assertTrue(items[0].getText().startsWith("[PASS] PlugInAndUnplug"), items[0].getText());
		// the trace is a tree under the scenario: event → what it causes
		ResultNode trace = run.items().get(0).children().get(run.items().get(0).children().size() - 1);
		assertTrue(trace.label().startsWith("Trace"), trace.label());
		assertTrue(trace.children().stream().anyMatch(c -> !c.children().isEmpty()), "nested trace");
		assertTrue(trace.children().stream().anyMatch(c -> c.location() != null && c.location().file().equals(file)), "trace lines with sources");
		assertEquals(0, file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO).length);

		// the console shows the trace, its source locations linked
		MessageConsole console = SimulationConsole.get();
		// wait for THIS run's lines: the console may still show an earlier test's run (with its own links)
		Workbench.waitUntil("console hyperlinks", () -> console.getDocument().get().contains("(/launch-toaster/toaster.ddi:")
				&& console.getHyperlinks().length > 0, () -> console.getDocument().get());
		assertTrue(console.getDocument().get().contains("(/launch-toaster/toaster.ddi:"), console.getDocument().get());
		file.getProject().delete(true, true, null);
	}

	@Test
	void crossStackBugCheckFailsWithMarkersClearedOnTheNextRun() throws Exception {
		IFile file = Ui.file("launch-widgets", "widgets.ddi", Fixtures.CROSS_STACK);
		Workbench.closeIntro();
		var configuration = Ui.configuration(file, LaunchAttributes.MODE_SIMULATE);
		RunRecord run = Ui.launch(configuration);
		assertNull(run.error());
		assertEquals(1, run.items().size());
		ResultNode scenario = run.items().get(0);
		assertEquals(ResultNode.Status.FAIL, scenario.status(), scenario.label());
		assertTrue(scenario.label().contains("0xCE DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS"), scenario.label());

		ResultsView view = (ResultsView) Workbench.page().showView(ResultsView.ID);
		Workbench.waitUntil("the results view to show the run", () -> view.shown() == run, () -> String.valueOf(view.shown()));
		assertTrue(view.viewer().getTree().getItem(0).getText().startsWith("[FAIL] CrossStackCallAfterRemoval"));

		IMarker[] markers = file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertTrue(markers.length > 0, "finding markers");
		IMarker bugCheck = Arrays.stream(markers).filter(m -> "SIM001".equals(m.getAttribute(FindingMarkers.CODE, ""))).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, bugCheck.getAttribute(IMarker.SEVERITY, -1));
		// on the element that causes it: the monitor's consumer of the interface
		String text = Fixtures.CROSS_STACK;
		int line = bugCheck.getAttribute(IMarker.LINE_NUMBER, -1);
		int monitor = lineOf(text, "driver WidgetMonitor");
		assertTrue(line > monitor && line < lineOf(text, "system WidgetSystem"), line + ": " + bugCheck.getAttribute(IMarker.MESSAGE, ""));
		int start = bugCheck.getAttribute(IMarker.CHAR_START, -1);
		assertTrue(text.substring(start).startsWith("consume WIDGET_INTERFACE"), text.substring(start, start + 30));
		// none of the validator's markers are of this type, and ours are not the validator's
		assertTrue(bugCheck.isSubtypeOf(IMarker.PROBLEM));

		// fixed (the call removed): the next run clears the markers
		Ui.write(file, Fixtures.CROSS_STACK.replace("        Monitor calls GetWidgetState of WIDGET_INTERFACE\n", ""));
		RunRecord again = Ui.launch(configuration);
		assertSame(again, view.shown() == again ? again : waitShown(view, again));
		assertTrue(again.items().get(0).label().indexOf("0xCE") < 0, again.items().get(0).label());
		assertEquals(0, Arrays.stream(file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "SIM001".equals(m.getAttribute(FindingMarkers.CODE, ""))).count());
		// the history keeps both runs, newest first
		assertEquals(again, org.ddistudio.ui.launch.core.RunHistory.runs().get(0));
		assertEquals(run, org.ddistudio.ui.launch.core.RunHistory.runs().get(1));
		file.getProject().delete(true, true, null);
	}

	@Test
	void teardownCheckFindsTheDefect() throws Exception {
		// the monitor never releases what it holds across the bus's removal
		IFile file = Ui.file("launch-check", "widgets.ddi", Fixtures.CROSS_STACK.replace("release after-use", "release never"));
		Workbench.closeIntro();
		RunRecord run = Ui.launch(Ui.configuration(file, LaunchAttributes.MODE_CHECK));
		assertNull(run.error());
		assertEquals(ResultNode.Status.DEFECT, run.items().get(0).status(), run.items().get(0).label());
		assertTrue(run.items().get(0).children().stream().anyMatch(c -> c.label().startsWith("Counterexample")));
		assertTrue(file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO).length > 0);
		file.getProject().delete(true, true, null);
	}

	@Test
	void syntaxErrorsBlockTheRun() throws CoreException {
		IFile file = Ui.file("launch-broken", "bad.ddi", "package bad\nsystem S { device D { pdo }\n");
		RunRecord run = Ui.launch(Ui.configuration(file, LaunchAttributes.MODE_SIMULATE));
		assertTrue(run.error() != null && run.error().contains("syntax"), String.valueOf(run.error()));
		assertTrue(run.items().isEmpty());
		file.getProject().delete(true, true, null);
	}

	private static int lineOf(String text, String what) {
		return (int) text.substring(0, text.indexOf(what)).lines().count() + 1;
	}

	private static RunRecord waitShown(ResultsView view, RunRecord run) {
		Workbench.waitUntil("the results view to show the second run", () -> view.shown() == run, () -> String.valueOf(view.shown()));
		return run;
	}
}
