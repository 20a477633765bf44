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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.ddistudio.ui.launch.core.ModelLoader;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: Run As read every *.ddi file of the project, a named pipe called x.ddi too, and waited
 * for a writer for ever, while the builder and the editors already passed it by. The fixture is a
 * project with the pipe x.ddi beside the shipped toaster. The loader runs on a thread of its own and
 * is given {@link #BOUND_SECONDS}: if it blocks on the pipe, the test opens the pipe for writing (so
 * the loader's read ends) and fails instead of hanging the run.
 */
class Issue16NamedPipeTest {

	private static final long BOUND_SECONDS = 30;

	private IProject project;
	private Path pipe;

	@AfterEach
	void deleteFixture() throws Exception {
		if (pipe != null) {
			Files.deleteIfExists(pipe);
		}
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	void runAsLoadsTheModelBesideANamedPipeWithoutReadingIt() throws Exception {
		IFile toaster = fixture("issue16-pipe-beside-model");
		ModelLoader.Loaded loaded = loadWithinBound(toaster);
		assertEquals(List.of(), loaded.errors());
		assertEquals(List.of(), loaded.warnings(), "the pipe is no file of the project's model");
		assertEquals(List.of("ToasterSystem"), loaded.systems().stream().map(system -> system.getName()).toList());
	}

	@Test
	void aLaunchedNamedPipeIsRefusedUnread() throws Exception {
		fixture("issue16-pipe-launched");
		CoreException refused = assertThrows(CoreException.class, () -> loadWithinBound(project.getFile("x.ddi")));
		assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
	}

	/** A project with toaster.ddi (a valid model) and beside it a named pipe x.ddi that no one writes to; the toaster file. */
	private IFile fixture(String name) throws Exception {
		project = Workbench.project(name, "toaster.ddi", Fixtures.toaster());
		pipe = project.getLocation().toPath().resolve("x.ddi");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertTrue(project.getFile("x.ddi").exists(), "the workspace shows the pipe as a file of the project");
		return project.getFile("toaster.ddi");
	}

	/** What Run As loads for the file, given at most BOUND_SECONDS; the loader's own CoreException is thrown as it is. */
	private ModelLoader.Loaded loadWithinBound(IFile file) throws Exception {
		ExecutorService loader = Executors.newSingleThreadExecutor();
		try {
			Future<ModelLoader.Loaded> loading = loader.submit(() -> ModelLoader.load(file));
			try {
				return loading.get(BOUND_SECONDS, TimeUnit.SECONDS);
			} catch (TimeoutException e) {
				releasePipe();
				return fail("the model loader waited on the named pipe for " + BOUND_SECONDS + " s");
			} catch (ExecutionException e) {
				if (e.getCause() instanceof CoreException core) {
					throw core;
				}
				throw e;
			}
		} finally {
			loader.shutdown();
		}
	}

	/** Opens the pipe for writing and closes it, which ends a reader's wait (on a daemon thread: without a reader, opening waits too). */
	private void releasePipe() {
		Thread writer = new Thread(() -> {
			try {
				new FileOutputStream(pipe.toFile()).close();
			} catch (Exception e) {
				// the pipe is gone: nobody waits on it any more
			}
		}, "issue16 pipe releaser");
		writer.setDaemon(true);
		writer.start();
	}
}
