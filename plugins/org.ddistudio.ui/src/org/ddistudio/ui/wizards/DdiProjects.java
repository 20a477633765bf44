/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.builder.DdiNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/** Creates DDI projects: the nature (and so the builder), UTF-8 text, and the example system. */
public final class DdiProjects {

	private DdiProjects() {
	}

	/**
	 * Creates and opens the project with the DDI nature and the example files.
	 *
	 * @param location where the project lives, {@code null} for the workspace default
	 */
	public static void create(IProject project, URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 5);
		IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		project.setDefaultCharset(StandardCharsets.UTF_8.name(), progress.split(1));
		DdiNature.addTo(project, progress.split(1));
		SubMonitor files = progress.split(1).setWorkRemaining(DdiTemplates.EXAMPLE.length);
		for (String[] example : DdiTemplates.EXAMPLE) {
			IFile file = project.getFile(example[1]);
			try {
				byte[] content = DdiTemplates.bundleText(example[0]).getBytes(StandardCharsets.UTF_8);
				file.create(new ByteArrayInputStream(content), IResource.NONE, files.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot read the example " + example[0] + " of " + DdiUiPlugin.PLUGIN_ID, e));
			}
		}
	}
}
