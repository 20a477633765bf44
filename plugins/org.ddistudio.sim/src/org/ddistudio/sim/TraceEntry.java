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
