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
import java.util.concurrent.CopyOnWriteArrayList;

import org.ddistudio.model.rules.ExitStatus;
import org.ddistudio.ui.launch.console.SimulationConsole;
import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.RunHistory;
import org.ddistudio.ui.launch.core.RunRecord;
import org.ddistudio.ui.launch.debug.BreakpointToggler;
import org.ddistudio.ui.launch.debug.DebugModel;
import org.ddistudio.ui.launch.debug.ScenarioDebugTarget;
import org.ddistudio.ui.launch.debug.ScenarioLineBreakpoint;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.sourcelookup.ISourceLookupResult;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Debug mode: a breakpoint on a scenario step stops the run there, with stacks, frames and variables; step, resume, terminate. */
class DebugTest {

	/** A counted reference: the query takes it, the removal gives it back. */
	static final String COUNTED = """
			package refs

			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}

			driver Bus bus KMDF {
			    produce TI on child-pdo { references counted }
			}

			driver Fn function KMDF {
			    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
			}

			system S {
			    device BusDev { pdo root function Bus }
			    device Child parent BusDev { pdo Bus function Fn }

			    scenario Counted {
			        start all
			        Child queries TI expect STATUS_SUCCESS from Bus
			        expect references TI on Child = 1
			        remove Child expect not-vetoed
			    }
			}
			""";

	/** The PDO answers below a lower filter and the function driver: the request passes two device objects first. */
	static final String FILTERED = """
			package filtered

			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}

			driver Bus bus KMDF {
			    produce TI on child-pdo { references counted }
			}

			driver Lo lower-filter KMDF {
			}

			driver Fn function KMDF {
			    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
			}

			system S {
			    device BusDev { pdo root function Bus }
			    device Child parent BusDev {
			        pdo Bus
			        lower-filter Lo
			        function Fn
			    }

			    scenario Filtered {
			        start all
			        Child queries TI expect STATUS_SUCCESS from Bus
			        expect references TI on Child = 1
			    }
			}
			""";

	/** The child's PDO sends the query to its parent's stack, where the bus FDO answers. */
	static final String PARENT = """
			package parentstack

			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}

			driver Bus bus KMDF {
			    produce TI on child-pdo { SendQueryToParentStack Interface NULL }
			    produce TI on fdo { references counted }
			}

			driver Fn function KMDF {
			    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
			}

			system S {
			    device BusDev {
			        pdo root
			        function Bus
			    }
			    device Child parent BusDev {
			        pdo Bus
			        function Fn
			    }

			    scenario Parent {
			        start all
			        Child queries TI expect STATUS_SUCCESS from Bus
			        expect references TI on BusDev = 1
			    }
			}
			""";

	private final List<DebugEvent> events = new CopyOnWriteArrayList<>();
	private final IDebugEventSetListener listener = set -> events.addAll(List.of(set));
	private IFile file;
	private ITextEditor editor;
	/** What {@link #file} holds: {@link #COUNTED} unless a test {@linkplain #use(String) replaced} it. */
	private String text = COUNTED;

	@BeforeEach
	void open() throws Exception {
		file = Ui.file("debug-counted", "counted.ddi", COUNTED);
		Workbench.closeIntro();
		// no "switch to the Debug perspective?" dialog at the first stop: a dialog would wait for a click
		DebugUITools.setLaunchPerspective(DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(LaunchAttributes.TYPE_ID),
				ILaunchManager.DEBUG_MODE, IDebugUIConstants.PERSPECTIVE_NONE);
		editor = IDE.openEditor(Workbench.page(), file, true).getAdapter(ITextEditor.class);
		DebugPlugin.getDefault().addDebugEventListener(listener);
	}

	@AfterEach
	void close() throws Exception {
		DebugPlugin.getDefault().removeDebugEventListener(listener);
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			if (!launch.isTerminated()) {
				launch.terminate();
			}
		}
		Workbench.page().closeAllEditors(false);
		DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
				DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(DebugModel.ID), true);
		file.getProject().delete(true, true, null);
	}

	@Test
	void toggleInTheEditorAddsAndRemovesALineBreakpoint() throws Exception {
		int line = lineOf("expect references TI");
		toggle(line);
		IBreakpoint breakpoint = BreakpointToggler.at(file, line);
		assertInstanceOf(ScenarioLineBreakpoint.class, breakpoint);
		assertTrue(Arrays.asList(DebugPlugin.getDefault().getBreakpointManager().getBreakpoints()).contains(breakpoint));
		toggle(line);
		assertNull(BreakpointToggler.at(file, line));
	}

	@Test
	void breakpointStopsBeforeItsStepWithStacksFramesAndReferenceCounts() throws Exception {
		int line = lineOf("expect references TI");
		ILaunch launch = debugUntilBreakpointAt(line);
		ScenarioDebugTarget target = assertInstanceOf(ScenarioDebugTarget.class, launch.getDebugTarget());
		assertEquals(launch.getProcesses()[0], target.getProcess());

		// the stacks are threads; the one the step addresses stopped at the breakpoint
		List<String> threads = Arrays.stream(target.getThreads()).map(this::name).toList();
		assertEquals(List.of("BusDev (STARTED)", "Child (STARTED)"), threads);
		IThread child = target.getThreads()[1];
		assertEquals(1, child.getBreakpoints().length);
		Workbench.waitUntil("the thread's SUSPEND event at a breakpoint",
				() -> events.stream().anyMatch(e -> e.getSource() == child && e.getKind() == DebugEvent.SUSPEND && e.getDetail() == DebugEvent.BREAKPOINT),
				events::toString);

		// frames: the step about to run, then the path of the query the previous step sent, down to the consumer's call
		IStackFrame[] frames = child.getStackFrames();
		assertEquals(List.of("step 3: expect references TI on Child = 1", "Bus (pdo of Child): answered, STATUS_SUCCESS",
				"Fn (function of Child): passed down, STATUS_NOT_SUPPORTED", "WdfFdoQueryForInterface(TI, Size 40, Version 1) from Child: STATUS_SUCCESS"),
				Arrays.stream(frames).map(this::name).toList());
		assertEquals(line, frames[0].getLineNumber());
		assertEquals(lineOf("device Child"), frames[1].getLineNumber());
		assertEquals("1", value(frames[1], "references to TI"), "the query's counted reference");
		assertTrue(value(frames[3], "buffer for TI").startsWith("HELD from Child, Size 40, Version 1"), value(frames[3], "buffer for TI"));
		assertTrue(value(frames[0], "previous step").startsWith("step 2:"), value(frames[0], "previous step"));
		// the bus's stack sent nothing: its layers
		assertEquals(List.of("Bus (function of BusDev)", "root (pdo of BusDev)"), Arrays.stream(target.getThreads()[0].getStackFrames()).map(this::name).toList());

		// step over: the next stop is the removal, on the same stack
		child.stepOver();
		Workbench.waitUntil("the step", () -> target.isSuspended() && name(top(target.getThreads()[1])).startsWith("step 4:"),
				() -> String.valueOf(top(target.getThreads()[1])));
		Workbench.waitUntil("a SUSPEND event at the step's end",
				() -> events.stream().anyMatch(e -> e.getKind() == DebugEvent.SUSPEND && e.getDetail() == DebugEvent.STEP_END), events::toString);
		assertEquals(lineOf("remove Child"), target.getThreads()[1].getTopStackFrame().getLineNumber());

		// resume: nothing else stops it; it ends as a run does
		RunRecord before = RunHistory.latest();
		target.resume();
		Workbench.waitUntil("the end of the run", launch::isTerminated);
		assertEquals(0, launch.getProcesses()[0].getExitValue());
		assertTrue(RunHistory.latest() != before && RunHistory.latest().ok(), RunHistory.latest().title());
		assertEquals(0, target.getThreads().length);
	}

	@Test
	void debugViewShowsTheStopAndTheEditorItsLine() throws Exception {
		List<IStatus> errors = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> {
			if (status.matches(IStatus.ERROR)) {
				errors.add(status);
			}
		};
		Platform.addLogListener(log);
		try {
			int line = lineOf("remove Child");
			ILaunch launch = debugUntilBreakpointAt(line);
			ScenarioDebugTarget target = (ScenarioDebugTarget) launch.getDebugTarget();
			// the Debug view renders the launch, process, target, threads and frames through the model presentation
			Workbench.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
			Workbench.settle(500);
			IStackFrame frame = target.getThreads()[1].getTopStackFrame();
			ISourceLookupResult source = DebugUITools.lookupSource(frame, launch.getSourceLocator());
			assertEquals(file, source.getEditorInput().getAdapter(IFile.class));
			assertEquals(editor.getSite().getId(), source.getEditorId(), "opens in the editor .ddi files open in");
			DebugUITools.displaySource(source, Workbench.page());
			Workbench.settle(200);
			ITextEditor shown = Workbench.page().getActiveEditor().getAdapter(ITextEditor.class);
			ITextSelection selection = (ITextSelection) shown.getSelectionProvider().getSelection();
			assertEquals(line - 1, selection.getStartLine(), "the editor shows the step the run stopped at");
			target.resume();
			Workbench.waitUntil("the end of the run", launch::isTerminated);
			Workbench.settle(200);
			assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "errors logged while the Debug view showed the session");
		} finally {
			Platform.removeLogListener(log);
		}
	}

	@Test
	void terminateAtAStopEndsTheRun() throws Exception {
		ILaunch launch = debugUntilBreakpointAt(lineOf("Child queries TI"));
		ScenarioDebugTarget target = (ScenarioDebugTarget) launch.getDebugTarget();
		// before the query: nothing referenced yet
		IStackFrame[] frames = target.getThreads()[1].getStackFrames();
		assertEquals("0", value(frames[frames.length - 1], "references to TI"));
		assertTrue(value(frames[1], "buffer for TI").startsWith("empty"), value(frames[1], "buffer for TI"));
		target.terminate();
		Workbench.waitUntil("the launch to end", launch::isTerminated);
		assertTrue(target.isTerminated());
		assertEquals(ExitStatus.INCONCLUSIVE.code(), launch.getProcesses()[0].getExitValue(), "terminated before the end");
		// debug events reach listeners asynchronously, possibly after the launch reads as terminated
		Workbench.waitUntil("the target's TERMINATE event", () -> events.stream().anyMatch(e -> e.getSource() == target && e.getKind() == DebugEvent.TERMINATE),
				events::toString);
	}

	@Test
	void afterAQueryTheThreadShowsThePathFromTheAnsweringPdoDownToTheConsumersCall() throws Exception {
		use(FILTERED);
		ILaunch launch = debugUntilBreakpointAt(lineOf("expect references TI"));
		ScenarioDebugTarget target = (ScenarioDebugTarget) launch.getDebugTarget();
		IStackFrame[] frames = target.getThreads()[1].getStackFrames();
		// answered at the PDO, passed by the lower filter and the function driver on its way down from the top
		assertEquals(List.of("step 3: expect references TI on Child = 1", "Bus (pdo of Child): answered, STATUS_SUCCESS",
				"Lo (lower-filter of Child): passed down, STATUS_NOT_SUPPORTED", "Fn (function of Child): passed down, STATUS_NOT_SUPPORTED",
				"WdfFdoQueryForInterface(TI, Size 40, Version 1) from Child: STATUS_SUCCESS"), Arrays.stream(frames).map(this::name).toList());
		assertEquals(List.of(lineOf("expect references TI"), lineOf("pdo Bus"), lineOf("        lower-filter Lo"), lineOf("function Fn"),
				lineOf("consume TI")), Arrays.stream(frames).map(DebugTest::line).toList());
		// each hop's variables: where the device is, what the IRP carried on, what registration was checked, its references
		assertEquals("STARTED", value(frames[1], "device Child"));
		assertEquals("STATUS_SUCCESS", value(frames[1], "status after it"));
		assertEquals("TI, Size 40, Version 1", value(frames[1], "registration"));
		assertEquals("1", value(frames[1], "references to TI"));
		assertEquals("none of this GUID", value(frames[2], "registration"));
		assertEquals("STATUS_NOT_SUPPORTED", value(frames[2], "status after it"));
		assertEquals("the top of Child's stack", value(frames[4], "entered"));
		// selecting a hop opens the .ddi at its layer
		ISourceLookupResult source = DebugUITools.lookupSource(frames[2], launch.getSourceLocator());
		assertEquals(file, source.getEditorInput().getAdapter(IFile.class));
		target.terminate();
		Workbench.waitUntil("the launch to end", launch::isTerminated);
	}

	@Test
	void sendQueryToParentStackShowsTheHopsInBothStacks() throws Exception {
		use(PARENT);
		ILaunch launch = debugUntilBreakpointAt(lineOf("expect references TI"));
		ScenarioDebugTarget target = (ScenarioDebugTarget) launch.getDebugTarget();
		// the next step addresses the bus: the child's thread has no step frame, only the path of its query
		IStackFrame[] frames = target.getThreads()[1].getStackFrames();
		assertEquals(List.of("root (pdo of BusDev): GUID unknown, completed, STATUS_SUCCESS", "Bus (function of BusDev): answered, passed down, STATUS_SUCCESS",
				"Bus (pdo of Child): sent to the parent's stack, completed, STATUS_SUCCESS", "Fn (function of Child): passed down, STATUS_NOT_SUPPORTED",
				"WdfFdoQueryForInterface(TI, Size 40, Version 1) from Child: STATUS_SUCCESS"), Arrays.stream(frames).map(this::name).toList());
		assertEquals(List.of(lineOf("pdo root"), lineOf("function Bus"), lineOf("pdo Bus"), lineOf("function Fn"), lineOf("consume TI")),
				Arrays.stream(frames).map(DebugTest::line).toList());
		assertEquals("1", value(frames[1], "references to TI"), "the parent stack's FDO took the reference");
		assertEquals("TI, Interface NULL", value(frames[2], "registration"));
		// the bus's thread: the step about to run, then its layers
		assertEquals(List.of("step 3: expect references TI on BusDev = 1", "Bus (function of BusDev)", "root (pdo of BusDev)"),
				Arrays.stream(target.getThreads()[0].getStackFrames()).map(this::name).toList());
		target.terminate();
		Workbench.waitUntil("the launch to end", launch::isTerminated);
	}

	/** Replaces the fixture file's content (and the editor on it) before a launch. */
	private void use(String content) throws Exception {
		Workbench.page().closeAllEditors(false);
		Ui.write(file, content);
		text = content;
		editor = IDE.openEditor(Workbench.page(), file, true).getAdapter(ITextEditor.class);
	}

	private static int line(IStackFrame frame) {
		try {
			return frame.getLineNumber();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * Sets a breakpoint on the line, launches {@link #file} in debug mode and waits for the first stop; a
	 * run that ends instead fails at once, saying what the console says.
	 */
	private ILaunch debugUntilBreakpointAt(int line) throws Exception {
		toggle(line);
		ILaunch launch = Ui.configuration(file, LaunchAttributes.MODE_SIMULATE).launch(ILaunchManager.DEBUG_MODE, null);
		IDebugTarget target = launch.getDebugTarget();
		Workbench.waitUntil("the breakpoint", () -> target.isSuspended() || launch.isTerminated());
		assertTrue(target.isSuspended(), () -> "the run ended without stopping: " + SimulationConsole.get().getDocument().get());
		return launch;
	}

	private void toggle(int line) throws Exception {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		TextSelection selection = new TextSelection(document, document.getLineOffset(line - 1), 0);
		IToggleBreakpointsTarget toggler = DebugUITools.getToggleBreakpointsTargetManager().getToggleBreakpointsTarget(editor, selection);
		assertNotNull(toggler, "no toggle target for the .ddi editor");
		assertTrue(toggler.canToggleLineBreakpoints(editor, selection));
		toggler.toggleLineBreakpoints(editor, selection);
	}

	private int lineOf(String what) {
		int at = text.indexOf(what);
		assertTrue(at >= 0, what);
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	private String name(Object element) {
		try {
			return element instanceof IThread thread ? thread.getName() : element instanceof IStackFrame frame ? frame.getName() : String.valueOf(element);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static IStackFrame top(IThread thread) {
		IStackFrame[] frames;
		try {
			frames = thread.getStackFrames();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		return frames.length == 0 ? null : frames[0];
	}

	private static String value(IStackFrame frame, String variable) throws Exception {
		for (IVariable each : frame.getVariables()) {
			if (each.getName().equals(variable)) {
				return each.getValue().getValueString();
			}
		}
		throw new AssertionError("no variable " + variable + " in " + frame.getName() + ": " + Arrays.toString(frame.getVariables()));
	}
}
