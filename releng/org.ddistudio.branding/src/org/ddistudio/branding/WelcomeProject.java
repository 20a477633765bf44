/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.branding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * The welcome of DDI Studio: in an empty workspace, the example models become the project "ddi-examples" and
 * the toaster example opens in the editor. The examples come from the folder named by the system property
 * {@code ddistudio.examples} (./ddi studio passes the repository's examples/); without it nothing happens.
 */
public final class WelcomeProject implements IStartup {

	static final String PROJECT = "ddi-examples";
	static final String FIRST_FILE = "toaster/toaster.ddi";

	@Override
	public void earlyStartup() {
		String examples = System.getProperty("ddistudio.examples");
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		if (examples == null || !Files.isDirectory(Path.of(examples)) || workspace.getRoot().getProjects().length > 0) {
			return;
		}
		try {
			IProject project = workspace.getRoot().getProject(PROJECT);
			IWorkspaceRunnable create = monitor -> {
				copy(Path.of(examples), workspace.getRoot().getLocation().toPath().resolve(PROJECT));
				project.create(monitor);
				project.open(monitor);
				project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			};
			workspace.run(create, null);
			IFile first = project.getFile(FIRST_FILE);
			if (first.exists()) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(first));
			}
		} catch (CoreException | UncheckedIOException e) {
			ILog.of(WelcomeProject.class).error("Could not create the example project " + PROJECT, e);
		}
	}

	private static void open(IFile file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				IDE.openEditor(page, file);
			} catch (PartInitException e) {
				ILog.of(WelcomeProject.class).error("Could not open " + file.getFullPath(), e);
			}
		}
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else if (!Files.exists(target)) {
					Files.copy(source, target);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
