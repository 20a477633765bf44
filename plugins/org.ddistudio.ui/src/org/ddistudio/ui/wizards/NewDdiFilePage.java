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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.wizards.DdiTemplates.Template;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/** The container and name of the new file, and which template it starts from. */
public class NewDdiFilePage extends WizardNewFileCreationPage {

	private Template template = Template.INTERFACE;

	public NewDdiFilePage(IStructuredSelection selection) {
		super("ddiFile", selection);
		setTitle("DDI File");
		setDescription("Creates a .ddi file from a template; its declarations are named after the file.");
		setFileExtension("ddi");
		setFileName("new_interface.ddi");
	}

	public void setTemplate(Template template) {
		this.template = template;
	}

	public Template template() {
		return template;
	}

	/** The templates, instead of the "link to file system" section: a .ddi file belongs into the project. */
	@Override
	protected void createAdvancedControls(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Template");
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (Template each : Template.values()) {
			Button button = new Button(group, SWT.RADIO);
			button.setText(each.label());
			button.setToolTipText(each.description());
			button.setSelection(each == template);
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					template = each;
				}
			});
		}
		Label hint = new Label(group, SWT.WRAP);
		hint.setText("Each template validates clean; rename its declarations as you like.");
	}

	@Override
	protected void createLinkTarget() {
		// no linked files: see createAdvancedControls
	}

	/** Without the link section there is no link to validate (the base page would look at its controls). */
	@Override
	protected IStatus validateLinkedResource() {
		return Status.OK_STATUS;
	}

	@Override
	protected InputStream getInitialContents() {
		try {
			return new ByteArrayInputStream(DdiTemplates.render(template, getFileName()).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			DdiUiPlugin.log("cannot read the template " + template, e);
			return null;
		}
	}
}
