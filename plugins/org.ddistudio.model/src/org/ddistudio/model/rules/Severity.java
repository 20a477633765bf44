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

/**
 * How bad a finding is. Every front end maps these three onto its own scale (SARIF levels, Eclipse
 * marker severities, LSP diagnostic severities), so a finding is equally bad wherever it is shown.
 */
public enum Severity {
	/** Blocks {@code ddi validate} (exit status 1); a marker with the error icon. */
	ERROR("error"),
	/** Reported, but does not fail a run. */
	WARNING("warning"),
	/** For information; what compilers and SARIF call a note. */
	INFO("note");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	/** The word compilers print for it ("error", "warning", "note"), which is also SARIF's level. */
	public String label() {
		return label;
	}
}
