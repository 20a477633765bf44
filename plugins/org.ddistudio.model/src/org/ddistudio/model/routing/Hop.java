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
