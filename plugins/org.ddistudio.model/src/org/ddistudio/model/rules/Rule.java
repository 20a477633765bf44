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

	/**
	 * What a catalogue constant states about itself, kept in one record so that the catalogues hold it
	 * the same way instead of three copies of the same fields and accessors.
	 *
	 * @param code            the stable code, e.g. DDI100, SIM001, CHK003
	 * @param title           the one-line title of its docs/rules.md entry, e.g. "Malformed GUID"
	 * @param defaultSeverity how bad a finding of this rule is unless the reporter knows better (a
	 *                        validation rule with two documented severities reports the milder case as
	 *                        such; the IDE user may override it)
	 */
	record Entry(String code, String title, Severity defaultSeverity) {
	}

	/** This rule's code, title and default severity. */
	Entry entry();

	/** The constant's name in its catalogue, e.g. MALFORMED_GUID. */
	String name();

	/** The stable code, e.g. DDI100, SIM001, CHK003. */
	default String code() {
		return entry().code();
	}

	/** The one-line title of its docs/rules.md entry, e.g. "Malformed GUID". */
	default String title() {
		return entry().title();
	}

	/** How bad a finding of this rule is unless the reporter knows better: see {@link Entry}. */
	default Severity defaultSeverity() {
		return entry().defaultSeverity();
	}

	/** Where the rule is explained, e.g. "docs/rules.md#ddi100" (SARIF's helpUri). */
	default String docsAnchor() {
		return RULES_DOC + "#" + code().toLowerCase(Locale.ROOT);
	}
}
