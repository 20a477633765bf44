/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.validation;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.preferences.RuleSeverities;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * The language's resource validator with the user's severities applied (bound in the editor's module,
 * so live annotations and builder markers agree): an ignored rule's issues are dropped, others get the
 * chosen severity. The CLI keeps the validator's own severities, as CI expects.
 */
public class ConfiguredSeverityValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		DdiUiPlugin plugin = DdiUiPlugin.getDefault();
		if (plugin == null || issues.isEmpty()) {
			return issues;
		}
		IPreferenceStore store = plugin.getPreferenceStore();
		List<Issue> result = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			Severity severity = RuleSeverities.effective(store, issue);
			if (severity == Severity.IGNORE) {
				continue;
			}
			if (severity != issue.getSeverity() && issue instanceof Issue.IssueImpl impl) {
				impl.setSeverity(severity); // a fresh issue of this run, not shared with anybody
			}
			result.add(issue);
		}
		return result;
	}
}
