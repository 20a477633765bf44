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
