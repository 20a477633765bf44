/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroPart;

/**
 * What every workbench test needs: workspace projects of .ddi files, the active page, and waiting with a
 * bounded timeout while the UI thread keeps dispatching events (the tests run on the UI thread, so a
 * plain sleep would stall the very reconciler, job or view update they wait for).
 */
public final class Workbench {

	/** Upper bound for any wait: generous for a loaded CI machine, and a wait never hangs a build. */
	public static final long TIMEOUT_MS = 60_000;

	private Workbench() {
	}

	/** Processes UI events until the condition holds; fails after the timeout. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, () -> "");
	}

	/** As {@link #waitUntil(String, BooleanSupplier)}, naming the state found when it times out. */
	public static void waitUntil(String what, BooleanSupplier condition, Supplier<String> state) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out after " + TIMEOUT_MS + " ms waiting for " + what + "; found " + state.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted while waiting for " + what, e);
				}
			}
		}
	}

	/** Processes events for a while: lets popups, views and paint requests settle. */
	public static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		waitUntil("time to pass", () -> System.currentTimeMillis() >= end);
	}

	/** A fresh, open project holding the given files (name, content, name, content ...). */
	public static IProject project(String name, String... namesAndContents) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (int i = 0; i < namesAndContents.length; i += 2) {
			IFile file = project.getFile(namesAndContents[i]);
			file.create(new ByteArrayInputStream(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		}
		return project;
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Closes the welcome page, which would otherwise cover the editors and views under test. */
	public static void closeIntro() {
		IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
		if (intro != null) {
			PlatformUI.getWorkbench().getIntroManager().closeIntro(intro);
		}
	}
}
