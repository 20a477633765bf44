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

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.ddistudio.ui.DdiUiPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > DDI Project: a project with the DDI builder and the toaster example system. */
public class NewDdiProjectWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewProjectCreationPage page;
	private String initialName;

	public NewDdiProjectWizard() {
		setWindowTitle("New DDI Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	/** Proposes a project name; call before the wizard's pages are created. */
	public void setInitialProjectName(String name) {
		this.initialName = name;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("ddiProject");
		if (initialName != null) {
			page.setInitialProjectName(initialName);
		}
		page.setTitle("DDI Project");
		page.setDescription("Creates a project whose .ddi files are validated on every save, with the KMDF toaster as an example.");
		addPage(page);
	}

	/** The project page, so tests can fill it in. */
	public WizardNewProjectCreationPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				DdiProjects.create(project, location, monitor);
			}
		};
		try {
			// forked: creating files and the first build's scheduling must not freeze the UI
			getContainer().run(true, true, operation);
		} catch (InterruptedException e) {
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			DdiUiPlugin.log("cannot create the DDI project " + project.getName(), cause);
			ErrorDialog.openError(getShell(), "New DDI Project", "The project could not be created.",
					cause instanceof CoreException core ? core.getStatus() : org.eclipse.core.runtime.Status.error(String.valueOf(cause.getMessage()), cause));
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			BasicNewResourceWizard.selectAndReveal(project, workbench.getActiveWorkbenchWindow());
		}
		return true;
	}
}
