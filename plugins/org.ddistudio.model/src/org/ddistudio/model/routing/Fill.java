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

import org.ddistudio.model.Producer;

/**
 * A producer that copied its template into the consumer's buffer and called InterfaceReference on
 * it (R5): each fill takes one reference, whether or not its answer is the one the consumer ends
 * up with (R6 overwrites, and the odd edge of §1.2 step 6 where the callback said not supported).
 *
 * @param stop     where the producer sits
 * @param producer the registration
 * @param accepted whether the callback accepted (false: it returned STATUS_NOT_SUPPORTED after the copy)
 */
public record Fill(Stop stop, Producer producer, boolean accepted) {
}
