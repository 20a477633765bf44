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

/**
 * A progress report of a running search.
 *
 * @param system    the system being checked
 * @param origin    where the search started ("started system" or "after scenario NAME")
 * @param slice     the 1-based slice being explored
 * @param slices    the number of slices
 * @param states    distinct states explored so far (all slices of this origin)
 * @param frontier  states waiting to be expanded in the current slice
 * @param depth     the depth (events after the start) being expanded
 * @param elapsedMs milliseconds since the check started
 */
public record Progress(String system, String origin, int slice, int slices, long states, int frontier, int depth, long elapsedMs) {
}
