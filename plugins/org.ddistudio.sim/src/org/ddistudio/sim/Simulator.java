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
import java.util.List;
import java.util.function.BooleanSupplier;

import org.ddistudio.model.SystemLayout;

/**
 * Runs scenario plans on a described system, exactly as KMDF and the PnP manager behave
 * (wdf-semantics.md). The engine depends only on the EMF model: the CLI, the IDE launch and the
 * teardown checker all embed it.
 */
public final class Simulator {

	/** Upper bound of events executed per scenario; a plan longer than this is cut with a finding. */
	public static final int MAX_EVENTS = 100_000;

	private Simulator() {
	}

	/** Runs every plan of the system (its scenarios, or the implied lifecycle). */
	public static List<ScenarioResult> run(SystemLayout system, BooleanSupplier cancelled) {
		List<ScenarioResult> results = new ArrayList<>();
		for (ScenarioPlan plan : ScenarioPlans.of(system)) {
			if (cancelled.getAsBoolean()) {
				break;
			}
			results.add(run(plan, cancelled));
		}
		return results;
	}

	/** Runs one plan from a system where nothing is started yet. */
	public static ScenarioResult run(ScenarioPlan plan, BooleanSupplier cancelled) {
		return new Execution(plan, cancelled).run();
	}
}
