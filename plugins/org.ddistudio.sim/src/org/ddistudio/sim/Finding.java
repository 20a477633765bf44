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
 * One problem found by a simulation.
 *
 * @param kind     what kind of problem
 * @param message  what happened, in WDK terms, with its real-world consequence
 * @param element  the .ddi element that causes it (a consumer, a producer, a step ...), for locations
 * @param step     the 1-based index of the scenario event where it happened
 * @param bugCheck the bug check raised, for {@link FindingKind#BUG_CHECK}; null otherwise
 */
public record Finding(FindingKind kind, String message, EObject element, int step, BugCheck bugCheck) {
}
