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
 */
public record QueryOutcome(NtStatus status, Producer answeredBy, Stop answeredAt, List<Stop> overwritten,
		boolean producersSeen, List<String> trace, List<Fill> fills) {

	/** Whether the consumer got an interface. */
	public boolean succeeded() {
		return status == NtStatus.STATUS_SUCCESS && answeredBy != null;
	}
}
