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

import org.ddistudio.ui.DdiUiPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The per-project settings of the builder, kept in the project's preferences
 * (.settings/org.ddistudio.ui.prefs), so they travel with the project through version control.
 */
public final class BuildSettings {

	/** Project-relative folder the generators write to. */
	public static final String GENERATED_FOLDER = "generatedFolder";
	public static final String DEFAULT_GENERATED_FOLDER = "generated";
	/** Whether the builder generates code at all. */
	public static final String GENERATE = "generate";

	private BuildSettings() {
	}

	private static IEclipsePreferences node(IProject project) {
		return new ProjectScope(project).getNode(DdiUiPlugin.PLUGIN_ID);
	}

	public static boolean generate(IProject project) {
		return node(project).getBoolean(GENERATE, true);
	}

	/**
	 * The output folder, project-relative. A value that leaves the project (absolute, "..") falls back to
	 * the default: the builder must never write outside the project it builds.
	 */
	public static IPath generatedFolder(IProject project) {
		String value = node(project).get(GENERATED_FOLDER, DEFAULT_GENERATED_FOLDER).trim();
		return IPath.fromPortableString(isProjectFolder(value) ? value : DEFAULT_GENERATED_FOLDER);
	}

	/** Whether a folder setting names a folder inside the project: relative, without "..", no device. */
	public static boolean isProjectFolder(String value) {
		IPath path = IPath.fromPortableString(value.trim());
		return path.segmentCount() > 0 && !path.isAbsolute() && !value.contains("..") && path.getDevice() == null;
	}

	public static void setGenerate(IProject project, boolean generate) throws BackingStoreException {
		IEclipsePreferences node = node(project);
		node.putBoolean(GENERATE, generate);
		node.flush();
	}

	public static void setGeneratedFolder(IProject project, String folder) throws BackingStoreException {
		IEclipsePreferences node = node(project);
		node.put(GENERATED_FOLDER, folder);
		node.flush();
	}
}
