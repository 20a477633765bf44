/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ddistudio.cli.model.ValidationFinding;
import org.ddistudio.dsl.validation.DdiRule;

/**
 * SARIF 2.1.0 of ddi validate: one run of the tool "DDI Studio" whose rules are the whole DdiRule
 * catalogue, and one result per finding, with the severity it was reported with and the artifact as a
 * path relative to the working directory.
 */
public final class SarifReport implements Report {

	@Override
	public String render(List<ValidationFinding> findings, Path cwd) {
		SarifLog log = new SarifLog("DDI Studio", DdiRule.values(), rule -> camelCase(rule.name()));
		for (ValidationFinding f : findings) {
			log.add(f.code(), f.severity(), f.message())
					.withLocations(List.of(SarifLog.location(f.file().path(), f.line(), f.column(), f.endLine(), f.endColumn(), cwd)));
		}
		return log.render();
	}

	/** MALFORMED_GUID becomes MalformedGuid. */
	static String camelCase(String enumName) {
		StringBuilder name = new StringBuilder();
		for (String word : enumName.toLowerCase(Locale.ROOT).split("_")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return name.toString();
	}
}
