/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.dialogs.PreferenceLinkArea;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;

/** Window > Preferences > DDI Studio: where the editor's pages hang, with links to them. */
public class DdiRootPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public DdiRootPreferencePage() {
		noDefaultAndApplyButton();
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		Label intro = new Label(composite, SWT.WRAP);
		intro.setText("Settings of the .ddi editor. Code generation on build is set per project "
				+ "(Project > Properties > DDI Code Generation); the simulator's bounds per launch configuration "
				+ "(Run > Run Configurations).");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		link(composite, SyntaxColoringPreferencePage.ID, "<a>Syntax Coloring</a>: colours and font styles of the .ddi editor.");
		link(composite, ValidationPreferencePage.ID, "<a>Validation</a>: the severity of each DDI rule in the editor and the Problems view.");
		return composite;
	}

	private void link(Composite parent, String pageId, String text) {
		Control control;
		if (getContainer() instanceof IWorkbenchPreferenceContainer container) {
			control = new PreferenceLinkArea(parent, SWT.NONE, pageId, text, container, null).getControl();
		} else {
			// shown outside the preference dialog (a test): no container to navigate in
			Label label = new Label(parent, SWT.WRAP);
			label.setText(text.replace("<a>", "").replace("</a>", ""));
			control = label;
		}
		control.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}
}
