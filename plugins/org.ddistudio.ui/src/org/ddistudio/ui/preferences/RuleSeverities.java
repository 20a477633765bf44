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

import java.util.Locale;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The severity the user chose per validation rule (Window > Preferences > DDI Studio > Validation),
 * applied to what the validator reports in the editor and in the Problems view alike. Rules whose
 * findings mean the file cannot be read as a model (syntax, unresolved references, unknown types:
 * DDI0xx) keep their severity: demoting them would hide a model that the simulator cannot run.
 */
public final class RuleSeverities {

	/** What a rule can be set to; DEFAULT keeps what the validator says. */
	public enum Choice {
		DEFAULT("Default"), ERROR("Error"), WARNING("Warning"), INFO("Info"), IGNORE("Ignore");

		private final String label;

		Choice(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** The stored value, e.g. "warning". */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Choice of(String value) {
			for (Choice choice : values()) {
				if (choice.value().equals(value)) {
					return choice;
				}
			}
			return DEFAULT;
		}

		Severity severity() {
			return switch (this) {
				case ERROR -> Severity.ERROR;
				case WARNING -> Severity.WARNING;
				case INFO -> Severity.INFO;
				case IGNORE -> Severity.IGNORE;
				case DEFAULT -> null;
			};
		}
	}

	private static final String PREFIX = "severity.";

	private RuleSeverities() {
	}

	public static String key(DdiRule rule) {
		return PREFIX + rule.code();
	}

	/** Whether a changed preference is a severity, i.e. files have to be validated again. */
	public static boolean isSeverityKey(String key) {
		return key != null && key.startsWith(PREFIX);
	}

	/** Whether users may change the rule's severity. */
	public static boolean isConfigurable(DdiRule rule) {
		return !rule.code().startsWith("DDI0");
	}

	public static void initializeDefaults(IPreferenceStore store) {
		for (DdiRule rule : DdiRule.values()) {
			store.setDefault(key(rule), Choice.DEFAULT.value());
		}
	}

	/** A choice as the rule's combo shows it: "Default" says which severity that is, e.g. "Default (Warning)". */
	public static String label(Choice choice, DdiRule rule) {
		if (choice != Choice.DEFAULT) {
			return choice.label();
		}
		String severity = rule.defaultSeverity().name();
		return choice.label() + " (" + severity.charAt(0) + severity.substring(1).toLowerCase(Locale.ROOT) + ")";
	}

	/** The user's choice for a rule. */
	public static Choice choice(IPreferenceStore store, DdiRule rule) {
		return isConfigurable(rule) ? Choice.of(store.getString(key(rule))) : Choice.DEFAULT;
	}

	/**
	 * The severity an issue is shown with: the user's choice for its rule, else the validator's (the
	 * rule's default severity, or the milder one the rule documents for the case at hand).
	 */
	public static Severity effective(IPreferenceStore store, Issue issue) {
		Severity chosen = DdiRule.byCode(DdiRule.codeOf(issue)).map(rule -> choice(store, rule).severity()).orElse(null);
		return chosen == null ? issue.getSeverity() : chosen;
	}
}
