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

import java.util.List;

import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;

/**
 * What to run: a named event sequence on a system, with the bug check it must end in (null: none).
 *
 * @param name             the scenario name
 * @param system           the system it runs on
 * @param element          the Scenario element, or the system for implied scenarios
 * @param events           the events in order
 * @param expectedBugCheck the expected bug check code, or null when none is expected
 */
public record ScenarioPlan(String name, SystemLayout system, EObject element, List<SimEvent> events, Integer expectedBugCheck) {
}
