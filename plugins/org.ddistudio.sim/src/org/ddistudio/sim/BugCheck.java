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

/** The bug check codes the simulator raises, with the names Windows gives them (wdf-semantics.md §5). */
public enum BugCheck {
	/** A fault at an address inside a driver that has been unloaded: calling a routine of an unloaded producer. */
	DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS(0xCE),
	/** An invalid address: the context of a producer whose device is gone while its driver is still loaded. */
	PAGE_FAULT_IN_NONPAGED_AREA(0x50),
	/** A NULL or garbage function pointer called in a system thread (a member the producer never filled). */
	SYSTEM_THREAD_EXCEPTION_NOT_HANDLED(0x7E),
	/** KMDF's own violation check, e.g. a NULL required parameter (P1 = 0x4). */
	WDF_VIOLATION(0x10D);

	private final int code;

	BugCheck(int code) {
		this.code = code;
	}

	/** The bug check code, e.g. 0xCE. */
	public int code() {
		return code;
	}

	/** "0xCE DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS". */
	public String describe() {
		return String.format("0x%X %s", code, name());
	}
}
