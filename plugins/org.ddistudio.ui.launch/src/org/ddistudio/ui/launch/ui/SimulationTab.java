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

import org.ddistudio.check.CheckOptions;
import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/**
 * The main tab: the model file; either the simulation of its scenarios (all, or those named) or the
 * exhaustive teardown check with its bounds.
 */
public final class SimulationTab extends AbstractLaunchConfigurationTab {

	private Text file;
	private Button simulate;
	private Button check;
	private Text scenarios;
	private Spinner maxStates;
	private Spinner maxDepth;
	private Spinner timeout;
	private Button afterScenarios;

	/** The help context of this tab. */
	public static final String HELP_CONTEXT = "org.ddistudio.help.simulation";

	@Override
	public void createControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(top);
		// F1 opens the simulation context of org.ddistudio.help (contexts.xml)
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(top, HELP_CONTEXT);
		new Label(top, SWT.NONE).setText("Model file:");
		file = new Text(top, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		file.addModifyListener(e -> changed());
		Button browse = new Button(top, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());

		simulate = new Button(top, SWT.RADIO);
		simulate.setText("Simulate scenarios (empty: all of them; a system without scenarios runs its implied lifecycle)");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(simulate);
		new Label(top, SWT.NONE).setText("Scenarios:");
		scenarios = new Text(top, SWT.BORDER);
		scenarios.setMessage("comma-separated names, e.g. PlugInAndUnplug");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(scenarios);
		scenarios.addModifyListener(e -> changed());

		check = new Button(top, SWT.RADIO);
		check.setText("Exhaustive teardown check (every order of removal events)");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(check);
		Group bounds = new Group(top, SWT.NONE);
		bounds.setText("Bounds (hitting one makes the verdict inconclusive)");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(bounds);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(bounds);
		maxStates = spinner(bounds, "Max states:", 1, Integer.MAX_VALUE);
		maxDepth = spinner(bounds, "Max depth (events):", 1, 10_000);
		timeout = spinner(bounds, "Timeout (seconds):", 1, 86_400);
		afterScenarios = new Button(bounds, SWT.CHECK);
		afterScenarios.setText("Also explore from the state each scenario ends in");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(afterScenarios);
		afterScenarios.addListener(SWT.Selection, e -> changed());
		simulate.addListener(SWT.Selection, e -> changed());
		check.addListener(SWT.Selection, e -> changed());
		setControl(top);
	}

	private Spinner spinner(Composite parent, String label, int min, int max) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(min, min, max, 0, 1, 100);
		spinner.addModifyListener(e -> changed());
		return spinner;
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false, ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setInitialPattern("*.ddi");
		dialog.setTitle("Select a .ddi file");
		if (dialog.open() == Window.OK && dialog.getResult().length > 0 && dialog.getResult()[0] instanceof IFile selected) {
			file.setText(selected.getFullPath().toString());
		}
	}

	private void changed() {
		boolean checking = check.getSelection();
		scenarios.setEnabled(!checking);
		for (var control : List.of(maxStates, maxDepth, timeout, afterScenarios)) {
			control.setEnabled(checking);
		}
		setDirty(true);
		updateLaunchConfigurationDialog();
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.MODE, LaunchAttributes.MODE_SIMULATE);
		configuration.setAttribute(LaunchAttributes.MAX_STATES, (int) CheckOptions.DEFAULT_MAX_STATES);
		configuration.setAttribute(LaunchAttributes.MAX_DEPTH, CheckOptions.DEFAULT_MAX_DEPTH);
		configuration.setAttribute(LaunchAttributes.TIMEOUT_SECONDS, LaunchAttributes.DEFAULT_TIMEOUT_SECONDS);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(LaunchAttributes.FILE, ""));
			boolean checking = LaunchAttributes.MODE_CHECK.equals(configuration.getAttribute(LaunchAttributes.MODE, LaunchAttributes.MODE_SIMULATE));
			simulate.setSelection(!checking);
			check.setSelection(checking);
			scenarios.setText(String.join(", ", configuration.getAttribute(LaunchAttributes.SCENARIOS, List.of())));
			maxStates.setSelection(configuration.getAttribute(LaunchAttributes.MAX_STATES, (int) CheckOptions.DEFAULT_MAX_STATES));
			maxDepth.setSelection(configuration.getAttribute(LaunchAttributes.MAX_DEPTH, CheckOptions.DEFAULT_MAX_DEPTH));
			timeout.setSelection(configuration.getAttribute(LaunchAttributes.TIMEOUT_SECONDS, LaunchAttributes.DEFAULT_TIMEOUT_SECONDS));
			afterScenarios.setSelection(configuration.getAttribute(LaunchAttributes.AFTER_SCENARIOS, false));
			changed();
			setDirty(false);
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.FILE, file.getText().trim());
		configuration.setAttribute(LaunchAttributes.MODE, check.getSelection() ? LaunchAttributes.MODE_CHECK : LaunchAttributes.MODE_SIMULATE);
		configuration.setAttribute(LaunchAttributes.SCENARIOS,
				Arrays.stream(scenarios.getText().split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
		configuration.setAttribute(LaunchAttributes.MAX_STATES, maxStates.getSelection());
		configuration.setAttribute(LaunchAttributes.MAX_DEPTH, maxDepth.getSelection());
		configuration.setAttribute(LaunchAttributes.TIMEOUT_SECONDS, timeout.getSelection());
		configuration.setAttribute(LaunchAttributes.AFTER_SCENARIOS, afterScenarios.getSelection());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		String path = file.getText().trim();
		if (path.isEmpty()) {
			setErrorMessage("Select the .ddi file to run");
			return false;
		}
		if (!path.endsWith(".ddi") || !(ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path)) instanceof IFile)) {
			setErrorMessage("No .ddi file " + path + " in the workspace");
			return false;
		}
		return true;
	}

	@Override
	public String getName() {
		return "Simulation";
	}
}
