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

import java.util.EnumMap;
import java.util.Map;

import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.builder.DdiRebuild;
import org.ddistudio.ui.document.ProjectChanges;
import org.ddistudio.ui.preferences.RuleSeverities.Choice;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > DDI Studio > Validation: the severity of each rule, grouped by the rule
 * catalogue's ranges, each named by code and title as in docs/rules.md. Applying re-validates the open
 * editors at once and rebuilds the DDI projects in the background, so the Problems view agrees.
 */
public class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.ddistudio.ui.preferences.validation";

	private static final String[] GROUPS = {
			"DDI1xx interfaces and types", "DDI2xx producers", "DDI3xx consumers and remote targets",
			"DDI4xx device trees and stacks", "DDI5xx scenarios" };

	private final Map<DdiRule, Combo> combos = new EnumMap<>(DdiRule.class);

	public ValidationPreferencePage() {
		setDescription("How each rule's findings are shown in the .ddi editor and the Problems view. "
				+ "Syntax, name and reference rules (DDI0xx) are always errors. The ddi command line keeps the rules' own severities.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DdiUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected Control createContents(Composite parent) {
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
		scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		Composite content = new Composite(scrolled, SWT.NONE);
		content.setLayout(new GridLayout(1, false));
		Composite[] groups = new Composite[GROUPS.length];
		for (DdiRule rule : DdiRule.values()) {
			if (!RuleSeverities.isConfigurable(rule)) {
				continue;
			}
			int index = rule.code().charAt(3) - '1';
			if (groups[index] == null) {
				Group group = new Group(content, SWT.NONE);
				group.setText(GROUPS[index]);
				group.setLayout(new GridLayout(2, false));
				group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				groups[index] = group;
			}
			Label label = new Label(groups[index], SWT.NONE);
			label.setText(rule.code() + " " + rule.title());
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Combo combo = new Combo(groups[index], SWT.READ_ONLY);
			for (Choice choice : Choice.values()) {
				combo.add(RuleSeverities.label(choice, rule));
			}
			combo.select(RuleSeverities.choice(getPreferenceStore(), rule).ordinal());
			combos.put(rule, combo);
		}
		scrolled.setContent(content);
		scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		return scrolled;
	}

	/** Selects a choice as the user would in the rule's combo (tests). */
	public void choose(DdiRule rule, Choice choice) {
		combos.get(rule).select(choice.ordinal());
	}

	@Override
	public void performDefaults() { // public: tests press "Restore Defaults"
		combos.values().forEach(combo -> combo.select(Choice.DEFAULT.ordinal()));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		boolean changed = false;
		for (Map.Entry<DdiRule, Combo> entry : combos.entrySet()) {
			Choice chosen = Choice.values()[Math.max(0, entry.getValue().getSelectionIndex())];
			if (chosen != RuleSeverities.choice(store, entry.getKey())) {
				changed = true;
				if (chosen == Choice.DEFAULT) {
					store.setToDefault(RuleSeverities.key(entry.getKey()));
				} else {
					store.setValue(RuleSeverities.key(entry.getKey()), chosen.value());
				}
			}
		}
		if (changed) {
			ProjectChanges.changedEverywhere();
			DdiRebuild.scheduleAll();
		}
		return true;
	}
}
