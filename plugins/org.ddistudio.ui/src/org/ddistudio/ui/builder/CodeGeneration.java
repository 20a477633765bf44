/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.generator.DdiGenerator;
import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.GeneratedMark;
import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.model.DdiModel;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.Source2GeneratedMapping;

/**
 * Writes what the DDI generators produce into the project's generated folder, as 'ddi generate' does:
 * a file is replaced only if it carries the generated mark (a file someone wrote or took over is left
 * alone and gets a warning marker instead), an unchanged file is not touched (its timestamp stays, so a
 * C build does not recompile it), and a file generated before but no longer produced is deleted.
 */
final class CodeGeneration {

	private final IProject project;

	CodeGeneration(IProject project) {
		this.project = project;
	}

	/**
	 * Generates from all models of the project (the generators need them together: a header includes
	 * the headers of declarations from other files). The models must be free of errors.
	 *
	 * @param mapping what was generated before; updated to what is generated now
	 */
	void run(List<DdiModel> models, Source2GeneratedMapping mapping, IProgressMonitor monitor) throws CoreException {
		IPath folderPath = BuildSettings.generatedFolder(project);
		IFolder folder = project.getFolder(folderPath);
		List<GeneratedFile> files = DdiGenerator.generate(models, HeaderLayout.PER_FILE);
		SubMonitor progress = SubMonitor.convert(monitor, "Generating into " + folderPath, files.size() + 2);
		// files put there outside Eclipse (a hand-written header, an earlier 'ddi generate') must be seen
		ProblemMarkers.clearBuilderProblems(project, IResource.DEPTH_ZERO);
		if (folder.exists()) {
			folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			ProblemMarkers.clearBuilderProblems(folder, IResource.DEPTH_INFINITE);
		}
		Set<URI> previous = new HashSet<>(mapping.getAllGenerated());
		// after a restart or a clean the mapping is empty: what carries the mark in our folder is ours
		previous.addAll(markedFiles(folder));
		Set<URI> current = new HashSet<>();
		for (GeneratedFile generated : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			IFile file = folder.getFile(IPath.fromPortableString(generated.path()));
			URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
			if (write(file, generated.content(), progress.split(1))) {
				current.add(uri);
				mapping.deleteGenerated(uri);
				mapping.addSource2Generated(sourceOf(generated, models, project), uri);
			}
		}
		for (URI stale : previous) {
			if (!current.contains(stale)) {
				mapping.deleteGenerated(stale);
				deleteIfGenerated(stale);
			}
		}
		progress.done();
	}

	/** Writes one file unless a file without the mark is in the way; whether the file is ours now. */
	private boolean write(IFile file, String content, IProgressMonitor monitor) throws CoreException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (file.exists()) {
			String existing = read(file);
			if (existing == null || !GeneratedMark.isGenerated(existing)) {
				ProblemMarkers.builderProblem(file, IMarker.SEVERITY_WARNING, file.getName() + " has no '" + GeneratedMark.MARK
						+ "' mark; DDI Studio does not overwrite it (delete or rename it to get the generated file)");
				return false;
			}
			if (!Arrays.equals(existing.getBytes(StandardCharsets.UTF_8), bytes)) {
				file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.KEEP_HISTORY, monitor);
			}
			return true;
		}
		createParents(file.getParent(), monitor);
		file.create(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.DERIVED, monitor);
		return true;
	}

	private void deleteIfGenerated(URI uri) throws CoreException {
		IResource resource = project.getWorkspace().getRoot().findMember(uri.toPlatformString(true));
		if (resource instanceof IFile file && file.exists()) {
			String content = read(file);
			if (content != null && GeneratedMark.isGenerated(content)) {
				file.delete(IResource.FORCE | IResource.KEEP_HISTORY, null);
			}
		}
	}

	/** Clean: deletes every file of the generated folder that carries the mark; hand-written files stay. */
	void deleteGenerated(IProgressMonitor monitor) throws CoreException {
		IFolder folder = project.getFolder(BuildSettings.generatedFolder(project));
		if (!folder.exists()) {
			return;
		}
		folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		ProblemMarkers.clearBuilderProblems(folder, IResource.DEPTH_INFINITE);
		for (URI uri : markedFiles(folder)) {
			deleteIfGenerated(uri);
		}
	}

	private static Set<URI> markedFiles(IFolder folder) throws CoreException {
		Set<URI> result = new HashSet<>();
		if (!folder.exists()) {
			return result;
		}
		folder.accept(resource -> {
			if (resource instanceof IFile file) {
				String content = read(file);
				if (content != null && GeneratedMark.isGenerated(content)) {
					result.add(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
				}
			}
			return true;
		});
		return result;
	}

	private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent(), monitor);
			folder.create(IResource.FORCE | IResource.DERIVED, true, monitor);
		}
	}

	/** The file's text, or {@code null} if it is no UTF-8 text (then it is certainly not ours). */
	private static String read(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(in.readAllBytes())).toString();
		} catch (CharacterCodingException e) {
			return null;
		} catch (IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
		}
	}

	/**
	 * The .ddi file a generated file comes from, as its banner names it ("... Generated by DDI Studio from
	 * toaster.ddi."); the project itself if no single model matches.
	 */
	static URI sourceOf(GeneratedFile generated, List<DdiModel> models, IProject project) {
		String head = generated.content().substring(0, Math.min(600, generated.content().length()));
		URI found = null;
		for (DdiModel model : models) {
			URI uri = model.eResource() == null ? null : model.eResource().getURI();
			if (uri != null && head.contains(GeneratedMark.MARK + " from " + uri.lastSegment() + ".")) {
				if (found != null) {
					found = null; // two files of that name: ambiguous
					break;
				}
				found = uri;
			}
		}
		return found != null ? found : URI.createPlatformResourceURI(project.getFullPath().toString() + "/", true);
	}
}
