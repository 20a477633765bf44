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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ddistudio.model.SystemLayout;

/**
 * The scenarios a run simulates, chosen as {@code ddi simulate --scenario} and an IDE launch
 * configuration choose them: every scenario of each system (or its implied lifecycle), or just the
 * named ones; a name that matches nothing makes the run fail with "no scenario named …".
 *
 * @param plans   the chosen plans, in model order
 * @param missing the names asked for that no plan has, in the order asked
 */
public record ScenarioSelection(List<ScenarioPlan> plans, List<String> missing) {

	/**
	 * @param systems the systems, in model order
	 * @param names   the scenarios asked for; empty for all (a filter leaves implied lifecycles out,
	 *                as their names are never asked for)
	 */
	public static ScenarioSelection of(List<SystemLayout> systems, Collection<String> names) {
		List<ScenarioPlan> plans = new ArrayList<>();
		for (SystemLayout system : systems) {
			for (ScenarioPlan plan : ScenarioPlans.of(system)) {
				if (names.isEmpty() || names.contains(plan.name())) {
					plans.add(plan);
				}
			}
		}
		List<String> missing = names.stream().filter(name -> plans.stream().noneMatch(p -> p.name().equals(name))).toList();
		return new ScenarioSelection(List.copyOf(plans), missing);
	}

	/** "no scenario named A, B" when a name asked for matches no scenario; empty when all were found. */
	public Optional<String> problem() {
		return missing.isEmpty() ? Optional.empty() : Optional.of("no scenario named " + String.join(", ", missing));
	}
}
