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
 * @param trace         one line per device object visited, top to bottom, with the status after it
 * @param fills         every copy-and-reference into the buffer, in order; the last one is what the buffer holds
 * @param hops          the same path as {@code trace}, one hop per line (same index), as data
 */
public record QueryOutcome(NtStatus status, Producer answeredBy, Stop answeredAt, List<Stop> overwritten,
		boolean producersSeen, List<String> trace, List<Fill> fills, List<Hop> hops) {

	/** An outcome of a request that was never routed: no path at all. */
	public static QueryOutcome unrouted(NtStatus status) {
		return new QueryOutcome(status, null, null, List.of(), false, List.of(), List.of(), List.of());
	}

	/** Whether the consumer got an interface. */
	public boolean succeeded() {
		return status == NtStatus.STATUS_SUCCESS && answeredBy != null;
	}
}
