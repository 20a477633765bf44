package org.ddistudio.sim;

import org.eclipse.emf.ecore.EObject;

/**
 * One line of a simulation trace.
 *
 * @param step    the 1-based index of the scenario event this line belongs to
 * @param depth   nesting for display: 0 for the event, 1 for what it causes, 2 for a request's path
 * @param text    what happened
 * @param element the .ddi element the line is about, or null
 */
public record TraceEntry(int step, int depth, String text, EObject element) {
}
