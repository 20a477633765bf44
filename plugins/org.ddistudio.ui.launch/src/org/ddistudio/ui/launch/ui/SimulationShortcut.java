/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.ui;

import java.util.Arrays;
import java.util.List;

import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.outline.OutlineNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Run As > DDI Simulation: on a .ddi file in the Project Explorer or its editor, every scenario of the
 * file; with the caret inside a {@code scenario} block, or on a scenario in the Outline, that scenario
 * alone. Reuses the configuration made for the same file and scenario, or creates one named after them.
 */
public final class SimulationShortcut implements ILaunchShortcut2 {

	/** What to launch: the file, and the one scenario to run (null: all). */
	record Target(IFile file, String scenario) {
		List<String> scenarios() {
			return scenario == null ? List.of() : List.of(scenario);
		}
	}

	@Override
	public void launch(ISelection selection, String mode) {
		launch(target(selection), mode);
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		launch(target(editor), mode);
	}

	private static void launch(Target target, String mode) {
		if (target == null) {
			return;
		}
		try {
			DebugUITools.launch(configurationFor(target.file(), target.scenario()), mode);
		} catch (CoreException e) {
			ILog.of(SimulationShortcut.class).error("cannot launch " + target.file().getFullPath(), e);
		}
	}

	/** The existing configuration that runs every scenario of the file, or a new saved one. */
	public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
		return configurationFor(file, null);
	}

	/**
	 * The existing configuration that runs just this scenario of the file (every scenario when null), or
	 * a new saved one, named "file.ddi" or "file.ddi - Scenario".
	 */
	public static ILaunchConfiguration configurationFor(IFile file, String scenario) throws CoreException {
		Target target = new Target(file, scenario);
		ILaunchConfiguration[] existing = configurations(target);
		if (existing.length > 0) {
			return existing[0];
		}
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID);
		String name = scenario == null ? file.getName() : file.getName() + " - " + scenario;
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(name));
		new SimulationTab().setDefaults(copy);
		copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
		if (scenario != null) {
			copy.setAttribute(LaunchAttributes.MODE, LaunchAttributes.MODE_SIMULATE);
			copy.setAttribute(LaunchAttributes.SCENARIOS, target.scenarios());
		}
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}

	/** The configurations of the file that run exactly the target's scenarios (a whole-file one runs all). */
	private static ILaunchConfiguration[] configurations(Target target) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		return Arrays.stream(manager.getLaunchConfigurations(manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID)))
				.filter(c -> runs(c, target)).toArray(ILaunchConfiguration[]::new);
	}

	private static boolean runs(ILaunchConfiguration configuration, Target target) {
		try {
			return target.file().getFullPath().toString().equals(configuration.getAttribute(LaunchAttributes.FILE, ""))
					&& target.scenarios().equals(configuration.getAttribute(LaunchAttributes.SCENARIOS, List.of()));
		} catch (CoreException e) {
			return false; // unreadable: not one to reuse
		}
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return forTarget(target(selection));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return forTarget(target(editor));
	}

	private static ILaunchConfiguration[] forTarget(Target target) {
		if (target == null) {
			return null;
		}
		try {
			return configurations(target);
		} catch (CoreException e) {
			return null;
		}
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		Target target = target(selection);
		return target == null ? null : target.file();
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return ddi(editor.getEditorInput().getAdapter(IFile.class));
	}

	/** A .ddi file, or an Outline entry (of the active editor's file): a scenario entry launches that scenario. */
	static Target target(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
			return null;
		}
		if (structured.getFirstElement() instanceof OutlineNode node) {
			IEditorPart editor = activeEditor();
			IFile file = editor == null ? null : ddi(editor.getEditorInput().getAdapter(IFile.class));
			return file == null ? null : new Target(file, "scenario".equals(node.kind()) ? node.label() : null);
		}
		IFile file = ddi(Adapters.adapt(structured.getFirstElement(), IFile.class));
		return file == null ? null : new Target(file, null);
	}

	/** The editor's file, and the scenario around the caret if there is one. */
	static Target target(IEditorPart editor) {
		IFile file = ddi(editor.getEditorInput().getAdapter(IFile.class));
		if (file == null) {
			return null;
		}
		ITextEditor text = editor.getAdapter(ITextEditor.class);
		if (text != null && text.getDocumentProvider() != null && text.getSelectionProvider() != null
				&& text.getSelectionProvider().getSelection() instanceof ITextSelection caret) {
			IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
			if (document != null) {
				return new Target(file, ScenarioAt.in(document, caret.getOffset()));
			}
		}
		return new Target(file, null);
	}

	private static IEditorPart activeEditor() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		return page == null ? null : page.getActiveEditor();
	}

	private static IFile ddi(IFile file) {
		return file != null && "ddi".equals(file.getFileExtension()) ? file : null;
	}
}
