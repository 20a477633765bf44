/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.routing;

import org.ddistudio.model.NtStatus;
import org.ddistudio.model.Producer;

/**
 * What happened to a query interface request at one device object: the structural twin of one line of
 * {@link QueryOutcome#trace()} (same index), so tools can show the request's path without parsing text.
 *
 * @param stop         the device object visited
 * @param kind         what it did with the request
 * @param status       IoStatus.Status after it (what it passed on or completed with)
 * @param registration the first registration of the GUID checked there, or null when it has none
 * @param completes    whether the request was completed there (true) or passed on down the stack (false)
 */
public record Hop(Stop stop, Kind kind, NtStatus status, Producer registration, boolean completes) {

	/** The hop as one line of {@link QueryOutcome#trace()}. */
	public String describe() {
		String at = stop.describe() + ": ";
		String onward = (completes ? "completes with " : "passes down ") + status.getName();
		return switch (kind) {
		case UNKNOWN_GUID -> at + "GUID unknown, " + onward;
		case MISMATCH -> at + "Size/Version mismatch, " + onward;
		case REJECTED -> at + "callback fails, completes with " + status.getName();
		case TO_PARENT_STACK -> at + "SendQueryToParentStack, new IRP to the top of the parent's stack";
		case BACK_FROM_PARENT_STACK -> at + "completes with " + status.getName();
		case ANSWERED -> at + "fills the buffer, references" + (completes ? ", completes with " : ", forwards down ") + status.getName();
		case NOT_SUPPORTED -> at + "callback says not supported" + (completes ? ", completes with " : ", forwards down ") + status.getName();
		};
	}

	/** What a device object did with the request (wdf-semantics.md §1.2). */
	public enum Kind {
		/** No registration of the GUID: an FDO or filter passes the IRP down, a PDO completes it. */
		UNKNOWN_GUID("GUID unknown"),
		/** The registration's template is larger or newer than requested (R3). */
		MISMATCH("Size/Version mismatch"),
		/** The callback failed the request: completed with its error. */
		REJECTED("rejected"),
		/** The callback said STATUS_NOT_SUPPORTED: the IRP travels on. */
		NOT_SUPPORTED("callback says not supported"),
		/** The registration filled the buffer and referenced the interface. */
		ANSWERED("answered"),
		/** A PDO with SendQueryToParentStack sent a new IRP to the top of its parent's stack (the parent's hops follow). */
		TO_PARENT_STACK("sent to the parent's stack"),
		/** That PDO, back from its parent's stack, completes with the parent's answer (or its own status). */
		BACK_FROM_PARENT_STACK("back from the parent's stack");

		private final String text;

		Kind(String text) {
			this.text = text;
		}

		/** Short words for labels, e.g. "answered". */
		public String text() {
			return text;
		}
	}
}
