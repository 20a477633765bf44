package org.ddistudio.ui.builder;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.ui.document.DdiSourceFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;

/** Which files of a project the builder reads, and how workspace paths map to the URIs Xtext uses. */
final class DdiFiles {

	private DdiFiles() {
	}

	/** Every .ddi source file of the project. */
	static List<URI> of(IProject project) throws CoreException {
		List<URI> files = new ArrayList<>();
		project.accept(proxy -> {
			if (proxy.isDerived() || proxy.isTeamPrivateMember() || proxy.isHidden()) {
				return false; // build output and SCM folders would duplicate every declaration
			}
			if (proxy.getType() == IResource.FILE && DdiSourceFiles.isSource(proxy.requestResource())) {
				files.add(uri(proxy.requestFullPath()));
			}
			return true;
		}, IResource.NONE);
		return files;
	}

	/** The .ddi files a resource delta adds or changes (dirty) and removes (deleted). */
	static void changes(IResourceDelta delta, List<URI> dirty, List<URI> deleted) throws CoreException {
		delta.accept(d -> {
			IResource resource = d.getResource();
			if (resource.isDerived() || resource.isTeamPrivateMember() || resource.isHidden()) {
				return false;
			}
			if (resource.getType() != IResource.FILE || !DdiSourceFiles.EXTENSION.equals(resource.getFileExtension())) {
				return true;
			}
			if (d.getKind() != IResourceDelta.REMOVED && !DdiSourceFiles.isSource(resource)) {
				return true; // a named pipe or other special file: never read
			}
			switch (d.getKind()) {
			case IResourceDelta.ADDED -> dirty.add(uri(resource.getFullPath()));
			case IResourceDelta.REMOVED -> deleted.add(uri(resource.getFullPath()));
			case IResourceDelta.CHANGED -> {
				if ((d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0) {
					dirty.add(uri(resource.getFullPath()));
				}
			}
			default -> {
				// phantom additions and removals concern no real file
			}
			}
			return true;
		});
	}

	static URI uri(IPath fullPath) {
		return URI.createPlatformResourceURI(fullPath.toString(), true);
	}

	/** The workspace file of a platform resource URI, or {@code null}. */
	static IFile file(URI uri) {
		if (!uri.isPlatformResource()) {
			return null;
		}
		IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(uri.toPlatformString(true));
		return member instanceof IFile file ? file : null;
	}
}
