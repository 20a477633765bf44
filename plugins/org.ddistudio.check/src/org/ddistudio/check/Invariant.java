/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check;

import org.ddistudio.model.rules.Rule;
import org.ddistudio.model.rules.Severity;
import org.ddistudio.sim.BugCheck;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.FindingKind;

/**
 * The invariants checked in every reached state (and on every transition into it), each with the
 * simulator findings that violate it. A simulator finding not listed here (an expectation of a scenario)
 * is not a teardown defect. A violation is a defect ("ddi check" exits 1), so every invariant is an error.
 */
public enum Invariant implements Rule {
	/** R8: a routine of an unloaded driver or of a producer whose device object is deleted (or a NULL pointer) is called. */
	NO_CALL_INTO_GONE_CODE("CHK001", "no call into an unloaded driver or a removed producer"),
	/** R5: no routine, and no second InterfaceDereference, after the consumer released the interface. */
	NO_USE_AFTER_RELEASE("CHK002", "no use of an interface after its release"),
	/** R7: a counted producer must not go away while references are outstanding. */
	NO_REFERENCE_OUTSTANDING("CHK003", "no counted reference outstanding when its producer goes away"),
	/** §4.2/§4.3: no device whose removal can never complete (open handles, or a veto nobody will lift). */
	NO_REMOVAL_BLOCKED("CHK004", "no removal blocked forever"),
	/** R5: every acquired interface is dereferenced before its holder's device is removed. */
	EVERY_INTERFACE_RELEASED("CHK005", "every acquired interface released by the end"),
	/** R6/§1.2: no reference taken on a buffer that is then overwritten or failed. */
	NO_LEAK_THROUGH_OVERWRITTEN_BUFFER("CHK006", "no reference leaked through an overwritten buffer"),
	/**
	 * §5 (0x7E family, "NULL/garbage function pointer (e.g. calling a member past the Size the producer
	 * filled, or WdfIoTargetQueryForInterface on a closed target)"): a call through a pointer nobody filled.
	 * Not CHK001: no driver is unloaded and no producer removed (issue 18).
	 */
	NO_CALL_THROUGH_NULL_POINTER("CHK007", "no call through a pointer nobody filled");

	private final Entry entry;

	/** @param title what must hold, e.g. "no use of an interface after its release" (its docs/rules.md heading) */
	Invariant(String code, String title) {
		// every invariant is an error: a reached state that breaks one is a defect (SARIF, JUnit, exit 1)
		this.entry = new Entry(code, title, Severity.ERROR);
	}

	@Override
	public Entry entry() {
		return entry;
	}

	/**
	 * The invariant a finding violates, or null when it is not a teardown defect. A bug check is CHK001
	 * (0xCE, 0x50: code or Context gone) unless it is a NULL pointer call (0x7E), which is CHK007.
	 */
	public static Invariant violatedBy(Finding finding) {
		if (finding.kind() == FindingKind.BUG_CHECK && finding.bugCheck() == BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED) {
			return NO_CALL_THROUGH_NULL_POINTER;
		}
		return violatedBy(finding.kind());
	}

	/** The invariant a finding of this kind violates, or null when the finding is not a teardown defect. */
	public static Invariant violatedBy(FindingKind kind) {
		return switch (kind) {
		case BUG_CHECK -> NO_CALL_INTO_GONE_CODE;
		case USE_AFTER_RELEASE, DOUBLE_RELEASE -> NO_USE_AFTER_RELEASE;
		case REFERENCES_OUTSTANDING -> NO_REFERENCE_OUTSTANDING;
		// a refcount veto of an orderly removal: the holder does not release on query-remove (R7), so the
		// device cannot be removed while the holder runs (wdf-semantics.md §4.3 "removal vetoed forever")
		case REMOVAL_BLOCKED, REMOVAL_VETOED -> NO_REMOVAL_BLOCKED;
		case NEVER_RELEASED -> EVERY_INTERFACE_RELEASED;
		case LEAKED_REFERENCE -> NO_LEAK_THROUGH_OVERWRITTEN_BUFFER;
		case EXPECTATION_FAILED -> null;
		};
	}
}
