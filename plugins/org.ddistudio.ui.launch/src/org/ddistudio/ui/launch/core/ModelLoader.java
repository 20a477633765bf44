/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.sources.ProjectSources;
import org.ddistudio.ui.sources.SourceText;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Loads a .ddi file with the other .ddi files of its project into a fresh resource set of the editor's
 * injector, so references across files resolve as in the editor and the CLI. The files are those the
 * builder and the editors read ({@link ProjectSources}: no named pipe, no build output). A file open in
 * an editor contributes its buffer's text (what the user sees), any other file its saved contents. A
 * fresh set per run: the simulator's results keep pointing at the model they ran on, whatever the user
 * types next.
 */
public final class ModelLoader {

	/**
	 * A loaded model.
	 *
	 * @param file     the launched file
	 * @param model    its root, or null when it does not parse at all
	 * @param errors   syntax and reference errors of the launched file ("line: message"): they block a run
	 * @param warnings errors of the project's other files: reported, not blocking
	 */
	public record Loaded(IFile file, DdiModel model, List<String> errors, List<String> warnings) {

		/** The systems the launched file declares, in order. */
		public List<SystemLayout> systems() {
			List<SystemLayout> systems = new ArrayList<>();
			if (model != null) {
				for (Declaration declaration : model.getDeclarations()) {
					if (declaration instanceof SystemLayout system) {
						systems.add(system);
					}
				}
			}
			return systems;
		}
	}

	private ModelLoader() {
	}

	/** Loads and resolves; never call on the UI thread (it parses every .ddi file of the project). */
	public static Loaded load(IFile file) throws CoreException {
		Injector injector = DdiUiPlugin.injector();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		List<IFile> files = ProjectSources.of(file.getProject());
		if (!files.contains(file)) {
			files.add(file);
		}
		Resource own = null;
		for (IFile each : files) {
			Resource resource = factory.createResource(ProjectSources.uri(each));
			set.getResources().add(resource);
			try {
				resource.load(new ByteArrayInputStream(SourceText.of(each).getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + each.getFullPath(), e));
			}
			if (each.equals(file)) {
				own = resource;
			}
		}
		EcoreUtil2.resolveAll(set);
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			for (Resource.Diagnostic error : resource.getErrors()) {
				String where = resource.getURI().toPlatformString(true) + ":" + error.getLine();
				(resource == own ? errors : warnings).add(where + ": " + error.getMessage());
			}
		}
		DdiModel model = own != null && !own.getContents().isEmpty() && own.getContents().get(0) instanceof DdiModel m ? m : null;
		return new Loaded(file, model, errors, warnings);
	}
}
