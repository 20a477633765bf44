package org.ddistudio.ui.document;

import java.nio.file.Files;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;

/**
 * Which workspace files are .ddi sources the builder and the editors may read. A named pipe (or a
 * socket, or a device) called x.ddi shows up in a project as a file too, but reading it waits for a
 * writer for ever while holding the build lock: only regular files count.
 */
public final class DdiSourceFiles {

	public static final String EXTENSION = "ddi";

	private DdiSourceFiles() {
	}

	/** Whether the resource is a .ddi file whose content can be read to its end. */
	public static boolean isSource(IResource resource) {
		if (resource.getType() != IResource.FILE || !EXTENSION.equals(resource.getFileExtension())) {
			return false;
		}
		IPath location = resource.getLocation();
		// no local location (a linked resource in another file system): read through EFS as before
		return location == null || !Files.exists(location.toPath()) || Files.isRegularFile(location.toPath());
	}
}
