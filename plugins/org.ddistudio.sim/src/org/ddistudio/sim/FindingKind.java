/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim;

import static org.ddistudio.model.rules.Severity.ERROR;
import static org.ddistudio.model.rules.Severity.WARNING;

import org.ddistudio.model.rules.Rule;
import org.ddistudio.model.rules.Severity;

/**
 * The kinds of problem a simulation reports, each under a stable code (docs/rules.md). Errors are the
 * findings that fail a run (SIM001, SIM009: docs/rules.md "Simulator findings") and those whose
 * consequence on a machine is as bad: freed memory every holder still points into (SIM002, a bug check
 * 0x50 on the next call) and a removal that never completes (SIM004). The others are warnings.
 */
public enum FindingKind implements Rule {
	BUG_CHECK("SIM001", "Bug check", ERROR),
	REFERENCES_OUTSTANDING("SIM002", "References outstanding when the producer goes away", ERROR),
	REMOVAL_VETOED("SIM003", "Removal vetoed", WARNING),
	REMOVAL_BLOCKED("SIM004", "Removal blocked forever", ERROR),
	NEVER_RELEASED("SIM005", "Interface never released", WARNING),
	USE_AFTER_RELEASE("SIM006", "Interface used after release", WARNING),
	LEAKED_REFERENCE("SIM007", "Reference leaked", WARNING),
	DOUBLE_RELEASE("SIM008", "Interface released twice", WARNING),
	EXPECTATION_FAILED("SIM009", "Expectation not met", ERROR);

	private final Entry entry;

	FindingKind(String code, String title, Severity defaultSeverity) {
		this.entry = new Entry(code, title, defaultSeverity);
	}

	@Override
	public Entry entry() {
		return entry;
	}
}
