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

import java.util.Map;

import org.ddistudio.ui.builder.BuildSettings;
import org.ddistudio.ui.builder.DdiBuilder;
import org.ddistudio.ui.builder.DdiRebuild;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Project > Properties > DDI Code Generation: whether the builder writes WDK headers and KMDF code,
 * and into which project folder. Kept in the project's .settings (BuildSettings), so the choice travels
 * with the project; applying rebuilds the project so the folder reflects it at once.
 */
public class CodeGenerationPropertyPage extends PreferencePage implements IWorkbenchPropertyPage {

	private IProject project;
	private Button generate;
	private Text folder;

	public CodeGenerationPropertyPage() {
		setDescription("On each build, the DDI builder generates a header per .ddi file and KMDF producer and consumer "
				+ "code into a project folder. It never overwrites a file it did not generate; changing these settings removes "
				+ "what it generated before.");
	}

	@Override
	public void setElement(org.eclipse.core.runtime.IAdaptable element) {
		project = element.getAdapter(IProject.class);
	}

	@Override
	public org.eclipse.core.runtime.IAdaptable getElement() {
		return project;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(2, false));
		generate = new Button(composite, SWT.CHECK);
		generate.setText("&Generate code on build");
		generate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(composite, SWT.NONE).setText("Output &folder:");
		folder = new Text(composite, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		generate.setSelection(BuildSettings.generate(project));
		folder.setText(BuildSettings.generatedFolder(project).toString());
		folder.setEnabled(generate.getSelection());
		generate.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> folder.setEnabled(generate.getSelection())));
		folder.addModifyListener(e -> validate());
		return composite;
	}

	/** The folder must stay inside the project: the builder never writes outside what it builds. */
	private void validate() {
		boolean valid = BuildSettings.isProjectFolder(folder.getText());
		setErrorMessage(valid ? null : "The output folder must be a folder inside the project, such as \"generated\".");
		setValid(valid);
	}

	/** Sets what a user would type and tick (tests). */
	public void choose(boolean generateCode, String outputFolder) {
		generate.setSelection(generateCode);
		folder.setText(outputFolder);
		folder.setEnabled(generateCode);
	}

	@Override
	public void performDefaults() { // public: tests press "Restore Defaults"
		generate.setSelection(true);
		folder.setText(BuildSettings.DEFAULT_GENERATED_FOLDER);
		folder.setEnabled(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		boolean on = generate.getSelection();
		String target = folder.getText().trim();
		if (on == BuildSettings.generate(project) && target.equals(BuildSettings.generatedFolder(project).toString())) {
			return true;
		}
		apply(project, on, target);
		return true;
	}

	/**
	 * Cleans with the old settings (removing what the builder generated in the old folder: it owns those
	 * files), saves the new ones and builds again, in one background job holding the build rule.
	 */
	private static void apply(IProject project, boolean on, String target) {
		WorkspaceJob job = new WorkspaceJob("Applying DDI code generation settings to " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, 3);
				project.build(IncrementalProjectBuilder.CLEAN_BUILD, DdiBuilder.ID, Map.of(), progress.split(1));
				try {
					BuildSettings.setGenerate(project, on);
					BuildSettings.setGeneratedFolder(project, target);
				} catch (BackingStoreException e) {
					return Status.error("Could not save the DDI settings of " + project.getName(), e);
				}
				project.build(IncrementalProjectBuilder.FULL_BUILD, DdiBuilder.ID, Map.of(), progress.split(2));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DdiRebuild.FAMILY;
			}
		};
		job.setRule(project.getWorkspace().getRuleFactory().buildRule());
		job.schedule();
	}
}
