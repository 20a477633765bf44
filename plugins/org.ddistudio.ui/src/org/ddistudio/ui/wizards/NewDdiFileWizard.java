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

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > DDI File: a .ddi file from one of the templates, opened in the editor. */
public class NewDdiFileWizard extends BasicNewResourceWizard {

	private NewDdiFilePage page;

	public NewDdiFileWizard() {
		setWindowTitle("New DDI File");
	}

	@Override
	public void addPages() {
		page = new NewDdiFilePage(getSelection());
		addPage(page);
	}

	/** The file page, so tests can fill it in. */
	public NewDdiFilePage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		IWorkbenchWindow window = getWorkbench() == null ? null : getWorkbench().getActiveWorkbenchWindow();
		if (window != null) {
			selectAndReveal(file, window);
			IWorkbenchPage active = window.getActivePage();
			if (active != null) {
				try {
					IDE.openEditor(active, file, true);
				} catch (PartInitException e) {
					// the file exists; not opening it is no reason to fail the wizard
				}
			}
		}
		return true;
	}
}
