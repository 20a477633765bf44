/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.rules;

import java.util.Locale;

/**
 * A coded finding: one entry of docs/rules.md, under a stable code that CI scripts filter on and SARIF
 * results name. The catalogues (DdiRule, FindingKind, Invariant) are enums implementing it, so reports
 * and markers treat validation rules, simulator findings and teardown invariants alike.
 */
public interface Rule {

	/** The page every code is explained on, one anchor per code. */
	String RULES_DOC = "docs/rules.md";

	/** The stable code, e.g. DDI100, SIM001, CHK003. */
	String code();

	/** The one-line title of its docs/rules.md entry, e.g. "Malformed GUID". */
	String title();

	/** The constant's name in its catalogue, e.g. MALFORMED_GUID. */
	String name();

	/**
	 * How bad a finding of this rule is unless the reporter knows better (a validation rule with two
	 * documented severities reports the milder case as such; the IDE user may override it).
	 */
	Severity defaultSeverity();

	/** Where the rule is explained, e.g. "docs/rules.md#ddi100" (SARIF's helpUri). */
	default String docsAnchor() {
		return RULES_DOC + "#" + code().toLowerCase(Locale.ROOT);
	}
}
