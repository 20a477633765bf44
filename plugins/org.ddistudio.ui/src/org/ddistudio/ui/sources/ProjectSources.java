/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.sources;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;

/**
 * Which files of a project are its .ddi sources. The builder, the editors (for the project's other
 * files) and Run As all ask here, so that none of them reads a file the others pass by:
 * <ul>
 * <li>derived, team-private and hidden resources, and everything under them, are left out: build
 * output and SCM folders would declare everything twice;</li>
 * <li>only regular files are read: a named pipe (or a socket, or a device) called x.ddi shows up in
 * a project as a file too, but reading it waits for a writer for ever, holding the build lock or the
 * launch.</li>
 * </ul>
 * Their text is {@link SourceText}'s.
 */
public final class ProjectSources {

	public static final String EXTENSION = "ddi";

	private ProjectSources() {
	}

	/** Every .ddi source file of the project, in the workspace's visiting order. */
	public static List<IFile> of(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(proxy -> {
			IResource resource = proxy.requestResource();
			if (isLeftOut(resource)) {
				return false;
			}
			if (isSource(resource)) {
				files.add((IFile) resource);
			}
			return true;
		}, IResource.NONE);
		return files;
	}

	/** Whether the resource and everything under it are no sources: build output, SCM metadata, hidden. */
	public static boolean isLeftOut(IResource resource) {
		return resource.isDerived() || resource.isTeamPrivateMember() || resource.isHidden();
	}

	/** Whether the resource is a .ddi file whose content can be read to its end. */
	public static boolean isSource(IResource resource) {
		return resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension()) && isReadToItsEnd(resource);
	}

	/**
	 * Whether reading the resource comes to an end: not a named pipe, socket or device. A resource with
	 * no local location (linked into another file system) is read through EFS, and one not on disk
	 * (deleted meanwhile) fails to open: neither waits.
	 */
	public static boolean isReadToItsEnd(IResource resource) {
		IPath location = resource.getLocation();
		return location == null || !Files.exists(location.toPath()) || Files.isRegularFile(location.toPath());
	}

	/** The URI Xtext knows a workspace file by: platform:/resource/project/path. */
	public static URI uri(IResource resource) {
		return URI.createPlatformResourceURI(resource.getFullPath().toString(), true);
	}

	/** The workspace file of a platform resource URI, or {@code null}. */
	public static IFile file(URI uri) {
		if (!uri.isPlatformResource()) {
			return null;
		}
		IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(uri.toPlatformString(true));
		return member instanceof IFile file ? file : null;
	}
}
