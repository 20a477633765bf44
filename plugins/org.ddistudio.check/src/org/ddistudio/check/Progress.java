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
