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

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.routing.QueryOutcome;

/**
 * A query interface request an event sent into a stack, kept with its path so a debugger can show
 * where it went (the trace has the same path as text).
 *
 * @param step     the 1-based number of the event that sent it
 * @param device   the querying device (its consumer's driver is on that device's stack)
 * @param consumer the consumer whose buffer the request fills
 * @param remote   whether it went through a remote target (WdfIoTargetQueryForInterface) rather than
 *                 to the top of the device's own stack (WdfFdoQueryForInterface)
 * @param entered  the device whose stack the request entered at the top
 * @param size     the Size requested
 * @param version  the Version requested
 * @param outcome  the status, the answer and the path ({@link QueryOutcome#hops()})
 */
public record SentQuery(int step, Device device, Consumer consumer, boolean remote, Device entered, long size, int version,
		QueryOutcome outcome) {

	/** The KMDF call that sent it. */
	public String call() {
		return remote ? "WdfIoTargetQueryForInterface" : "WdfFdoQueryForInterface";
	}
}
