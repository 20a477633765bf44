/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddistudio.dsl.validation.DdiRule;
import org.junit.jupiter.api.Test;

/**
 * Each validation rule's default severity is the one docs/rules.md gives it (the first one named, for
 * the two rules with a documented milder case), and each rule's docs anchor names its entry.
 */
class RuleSeverityDocsTest {

	private static final Pattern HEADING = Pattern.compile("^## (DDI[0-9]{3}) .*");
	private static final Pattern SEVERITY = Pattern.compile("^\\*\\*Severity:\\*\\* (error|warning)\\b.*");

	@Test
	void everyRuleHasTheDocumentedDefaultSeverity() {
		List<String> lines = DocsTest.lines("docs/rules.md");
		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher heading = HEADING.matcher(lines.get(i));
			if (!heading.matches()) {
				continue;
			}
			DdiRule rule = DdiRule.byCode(heading.group(1)).orElseThrow();
			String documented = null;
			for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("## ") && documented == null; j++) {
				Matcher severity = SEVERITY.matcher(lines.get(j));
				if (severity.matches()) {
					documented = severity.group(1);
				}
			}
			assertTrue(documented != null, rule.code() + ": no **Severity:** line in docs/rules.md");
			if (!documented.equals(rule.defaultSeverity().name().toLowerCase(Locale.ROOT))) {
				wrong.add(rule.code() + ": documented " + documented + ", default " + rule.defaultSeverity());
			}
		}
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
	}

	@Test
	void aRulesDocsAnchorIsItsCodeInLowerCase() {
		assertEquals("docs/rules.md#ddi100", DdiRule.MALFORMED_GUID.docsAnchor());
	}
}
