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

import org.eclipse.emf.ecore.EObject;

/**
 * The result of running one scenario.
 *
 * @param name     the scenario's name ("implied: ..." for the lifecycle of a model without scenarios)
 * @param element  the Scenario, or the SystemLayout for implied scenarios
 * @param verdict  pass or fail
 * @param summary  one line saying why
 * @param trace    what happened, event by event
 * @param findings the problems found
 * @param bugCheck the bug check the scenario ended in, or null
 */
public record ScenarioResult(String name, EObject element, Verdict verdict, String summary, List<TraceEntry> trace,
		List<Finding> findings, BugCheck bugCheck) {
}
