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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.ddistudio.ui.builder.DdiBuilder;
import org.ddistudio.ui.builder.DdiNature;
import org.ddistudio.ui.builder.ProblemMarkers;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The DDI project builder: problem markers across files, their attributes, deletion, full and clean builds. */
class BuilderTest {

	/** The widget of the editor tests, placed in a system, so the request is routed to the producer. */
	static final String SYSTEM = """
			package demo

			system WidgetSystem {
			    device WidgetBusDevice {
			        pdo root
			        function WidgetBus
			    }
			    device Widget1 parent WidgetBusDevice {
			        pdo WidgetBus
			        function WidgetFunction
			    }
			}
			""";

	private IProject project;

	@AfterEach
	void deleteProject() throws Exception {
		Builds.autoBuild(true);
		if (project != null) {
			Builds.delete(project);
		}
	}

	/**
	 * A named pipe called *.ddi in a project is not read by the builder: reading it would wait for a
	 * writer for ever and hold the workspace's build lock. (If a build does block on it, a writer
	 * releases it after a while so that the failing test does not hang the run.)
	 */
	@Test
	void aNamedPipeInTheProjectIsNotRead() throws Exception {
		project = Builds.ddiProject("builder-pipe", "widget.ddi", Fixtures.WIDGET);
		java.nio.file.Path pipe = project.getLocation().toPath().resolve("pipe.ddi");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
		java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
		Thread releaser = new Thread(() -> {
			try {
				Thread.sleep(Workbench.TIMEOUT_MS / 2);
				released.set(true);
				new java.io.FileOutputStream(pipe.toFile()).close();
			} catch (Exception e) {
				// interrupted: the test is over
			}
		}, "pipe releaser");
		releaser.setDaemon(true);
		releaser.start();
		try {
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			Builds.write(project.getFile("widget.ddi"), Fixtures.WIDGET + "\n");
			Builds.awaitBuild();
			assertFalse(released.get(), "the build waited on the pipe until a writer released it");
			assertEquals(List.of(), Builds.markers(project), Builds.describe(project).get());
		} finally {
			releaser.interrupt();
			java.nio.file.Files.deleteIfExists(pipe);
		}
	}

	@Test
	void natureInstallsTheBuilderAndACleanProjectHasNoMarkers() throws Exception {
		project = Builds.ddiProject("builder-clean", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION);
		assertTrue(project.hasNature(DdiNature.ID));
		List<String> builders = List.of(project.getDescription().getBuildSpec()).stream().map(ICommand::getBuilderName).toList();
		assertEquals(List.of(DdiBuilder.ID), builders);
		assertEquals(List.of(), Builds.markers(project), Builds.describe(project).get());
	}

	@Test
	void renamingARoutineMarksTheConsumerInTheOtherFileUntilItIsFixed() throws Exception {
		// no system and one interface: only references tie the files, so Xtext's index alone decides what to rebuild
		project = Builds.ddiProject("builder-references", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION);
		IFile widget = project.getFile("widget.ddi");
		IFile function = project.getFile("function.ddi");

		Builds.write(widget, Fixtures.WIDGET.replace("Poke(", "Prod("));
		Workbench.waitUntil("DDI002 on function.ddi", () -> Builds.hasRule(function, "DDI002"), Builds.describe(project));
		IMarker marker = Builds.errors(function).get(0);
		assertEquals(Fixtures.FUNCTION.lines().toList().indexOf("        calls Poke") + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("Poke", Fixtures.FUNCTION.substring(start, marker.getAttribute(IMarker.CHAR_END, -1)));
		assertEquals("DDI0xx", marker.getAttribute(ProblemMarkers.RULE_GROUP, ""));
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
		assertTrue(marker.getType().equals(ProblemMarkers.TYPE));
		assertEquals(List.of(), Builds.markers(widget), "the renamed interface itself is fine");

		Builds.write(widget, Fixtures.WIDGET);
		Builds.awaitBuild();
		Workbench.waitUntil("no markers", () -> Builds.markers(project).isEmpty(), Builds.describe(project));
	}

	@Test
	void aFileThatDoesNotReferToTheChangedOneIsNotRevalidated() throws Exception {
		project = Builds.ddiProject("builder-incremental", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION,
				"other.ddi", "// nothing here yet\n");
		IFile other = project.getFile("other.ddi");
		assertTrue(Builds.hasRule(other, "DDI011"), Builds.describe(project).get());
		long before = Builds.markers(other).get(0).getId();

		Builds.write(project.getFile("widget.ddi"), Fixtures.WIDGET.replace("Poke(", "Prod("));
		IFile function = project.getFile("function.ddi");
		Workbench.waitUntil("DDI002 on function.ddi", () -> Builds.hasRule(function, "DDI002"), Builds.describe(project));
		// markers are replaced on every validation of a file: the same marker means other.ddi was left alone
		assertEquals(List.of(before), Builds.markers(other).stream().map(IMarker::getId).toList());
	}

	@Test
	void aDuplicateNameInAnotherFileMarksBothFiles() throws Exception {
		project = Builds.ddiProject("builder-duplicates", "widget.ddi", Fixtures.WIDGET);
		IFile widget = project.getFile("widget.ddi");
		Builds.write(project.getFile("copy.ddi"), "package demo\n\ndriver WidgetBus bus KMDF {\n}\n");
		Workbench.waitUntil("DDI010 in both files", () -> Builds.hasRule(widget, "DDI010") && Builds.hasRule(project.getFile("copy.ddi"), "DDI010"),
				Builds.describe(project));
		project.getFile("copy.ddi").delete(true, null);
		Builds.awaitBuild();
		Workbench.waitUntil("DDI010 gone", () -> Builds.markers(project).isEmpty(), Builds.describe(project));
	}

	@Test
	void changingTheInterfaceSoTheRequestNoLongerFitsMarksTheConsumer() throws Exception {
		project = Builds.ddiProject("builder-request", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION,
				"system.ddi", SYSTEM);
		assertEquals(List.of(), Builds.markers(project), Builds.describe(project).get());
		IFile function = project.getFile("function.ddi");

		// the producer now registers version 2, and the consumer still asks for version 1
		Builds.write(project.getFile("widget.ddi"), Fixtures.WIDGET.replace("version 1", "version 2"));
		Workbench.waitUntil("DDI300 on function.ddi", () -> Builds.hasRule(function, "DDI300"), Builds.describe(project));
		IMarker marker = Builds.errors(function).get(0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("DDI300 No producer in reach can satisfy the request: no producer in reach satisfies the request"),
				marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals("DDI3xx", marker.getAttribute(ProblemMarkers.RULE_GROUP, ""));

		Builds.write(project.getFile("widget.ddi"), Fixtures.WIDGET);
		Builds.awaitBuild();
		Workbench.waitUntil("DDI300 gone", () -> Builds.markers(project).isEmpty(), Builds.describe(project));
	}

	@Test
	void deletingAFileRemovesItsMarkersAndMarksWhatReferredToIt() throws Exception {
		project = Builds.ddiProject("builder-delete", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION,
				"broken.ddi", "package demo\n\ninterface BROKEN {\n");
		IFile broken = project.getFile("broken.ddi");
		assertTrue(Builds.hasRule(broken, "DDI001"), Builds.describe(project).get());

		broken.delete(true, null);
		project.getFile("widget.ddi").delete(true, null);
		Builds.awaitBuild();
		IFile function = project.getFile("function.ddi");
		Workbench.waitUntil("DDI002 on function.ddi", () -> Builds.hasRule(function, "DDI002"), Builds.describe(project));
		assertTrue(Builds.markers(project).stream().allMatch(m -> m.getResource().equals(function)), Builds.describe(project).get());
	}

	@Test
	void cleanRemovesMarkersAndAFullBuildBringsThemBack() throws Exception {
		project = Builds.ddiProject("builder-full", "broken.ddi", "package demo\n\ninterface BROKEN {\n");
		IFile broken = project.getFile("broken.ddi");
		assertTrue(Builds.hasRule(broken, "DDI001"), Builds.describe(project).get());
		Builds.autoBuild(false); // only the builds this test asks for
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, DdiBuilder.ID, null, null);
		assertEquals(List.of(), Builds.markers(project));
		project.build(IncrementalProjectBuilder.FULL_BUILD, DdiBuilder.ID, null, null);
		assertTrue(Builds.hasRule(broken, "DDI001"), Builds.describe(project).get());
		assertTrue(broken.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length > 0, "a problem marker for the Problems view");
	}

	@Test
	void aCancelledBuildStopsAndTheNextBuildStartsOver() throws Exception {
		project = Builds.ddiProject("builder-cancel", "broken.ddi", "package demo\n\ninterface BROKEN {\n");
		Builds.autoBuild(false);
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, DdiBuilder.ID, null, null);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		try {
			project.build(IncrementalProjectBuilder.FULL_BUILD, DdiBuilder.ID, null, cancelled);
		} catch (OperationCanceledException expected) {
			// the platform may pass the cancellation on
		}
		assertFalse(Builds.hasRule(project.getFile("broken.ddi"), "DDI001"), "a cancelled full build has not validated yet");
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, DdiBuilder.ID, null, null);
		assertTrue(Builds.hasRule(project.getFile("broken.ddi"), "DDI001"), Builds.describe(project).get());
	}
}
