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

import java.util.List;

import org.ddistudio.model.NtStatus;
import org.ddistudio.model.Producer;

/**
 * What a query comes back with.
 *
 * @param status        the final IoStatus.Status the consumer sees
 * @param answeredBy    the registration whose interface the consumer's buffer holds in the end, or null
 * @param answeredAt    where that registration sits, or null
 * @param overwritten   earlier answers whose buffer a lower producer overwrote: their references leak (R6)
 * @param producersSeen whether any registration of the GUID was met on the way
 * @param fills         every copy-and-reference into the buffer, in order; the last one is what the buffer holds
 * @param hops          every device object visited, top to bottom, with what it did and the status after it
 */
public record QueryOutcome(NtStatus status, Producer answeredBy, Stop answeredAt, List<Stop> overwritten,
		boolean producersSeen, List<Fill> fills, List<Hop> hops) {

	/** An outcome of a request that was never routed: no path at all. */
	public static QueryOutcome unrouted(NtStatus status) {
		return new QueryOutcome(status, null, null, List.of(), false, List.of(), List.of());
	}

	/**
	 * The path as text, one line per hop (same index), e.g. "Toaster1/pdo BusEnum: fills the buffer,
	 * references, completes with STATUS_SUCCESS". Made on request: the validator routes every
	 * consumer on both ABIs and needs the text only for the few requests it reports.
	 */
	public List<String> trace() {
		return hops.stream().map(Hop::describe).toList();
	}

	/** Whether the consumer got an interface. */
	public boolean succeeded() {
		return status == NtStatus.STATUS_SUCCESS && answeredBy != null;
	}
}
