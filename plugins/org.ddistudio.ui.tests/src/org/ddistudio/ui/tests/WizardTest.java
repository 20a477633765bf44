/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.ui.builder.DdiBuilder;
import org.ddistudio.ui.builder.DdiNature;
import org.ddistudio.ui.wizards.DdiTemplates;
import org.ddistudio.ui.wizards.DdiTemplates.Template;
import org.ddistudio.ui.wizards.NewDdiFileWizard;
import org.ddistudio.ui.wizards.NewDdiProjectWizard;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The New DDI Project and New DDI File wizards, and that what they create validates clean. */
class WizardTest {

	private final List<IProject> projects = new ArrayList<>();

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.page().closeAllEditors(false);
		for (IProject project : projects) {
			Builds.delete(project);
		}
	}

	@Test
	void newProjectHasTheNatureAndACleanExample() throws Exception {
		Builds.autoBuild(true);
		NewDdiProjectWizard wizard = new NewDdiProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.setInitialProjectName("wizard-project");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-project");
		projects.add(project);
		finish(wizard);

		assertTrue(project.hasNature(DdiNature.ID));
		assertEquals(List.of(DdiBuilder.ID), List.of(project.getDescription().getBuildSpec()).stream().map(ICommand::getBuilderName).toList());
		assertTrue(project.getFile("toaster.ddi").exists());
		assertTrue(project.getFile("system-interfaces.ddi").exists());
		Builds.awaitBuild();
		Workbench.waitUntil("the example's generated header", () -> project.getFile("generated/toaster.h").exists(), Builds.describe(project));
		assertEquals(List.of(), Builds.markers(project), Builds.describe(project).get());
	}

	@Test
	void everyFileTemplateValidatesClean() throws Exception {
		IProject project = Builds.ddiProject("wizard-templates");
		projects.add(project);
		for (Template template : Template.values()) {
			// two files per template: the names and GUIDs they get from their file names must not collide
			for (String name : List.of(template.name().toLowerCase() + ".ddi", "second-" + template.name().toLowerCase() + ".ddi")) {
				Builds.write(project.getFile(name), DdiTemplates.render(template, name));
			}
		}
		Builds.awaitBuild();
		assertEquals(List.of(), Builds.markers(project), Builds.describe(project).get());
	}

	@Test
	void newFileWizardCreatesTheFileFromTheChosenTemplate() throws Exception {
		IProject project = Builds.ddiProject("wizard-file");
		projects.add(project);
		NewDdiFileWizard wizard = new NewDdiFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().setFileName("bus-pair");
			wizard.page().setTemplate(Template.PRODUCER_CONSUMER);
			assertTrue(wizard.canFinish(), wizard.page().getErrorMessage());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile file = project.getFile("bus-pair.ddi");
		assertTrue(file.exists());
		Builds.awaitBuild();
		assertEquals(List.of(), Builds.markers(project), Builds.describe(project).get());
		assertEquals("bus-pair.ddi", Workbench.page().getActiveEditor().getEditorInput().getName(), "opened in the editor");
	}

	private static void finish(NewDdiProjectWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(wizard.canFinish(), wizard.page().getErrorMessage());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
	}
}
