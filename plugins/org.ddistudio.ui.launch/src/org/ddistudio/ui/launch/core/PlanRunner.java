/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.core;

import java.util.function.BooleanSupplier;

import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;

/** How a {@link SimulationJob} runs one scenario: straight through, or under the debugger. */
@FunctionalInterface
public interface PlanRunner {

	/** Runs the plan in the simulator, start to end. */
	PlanRunner SIMULATOR = Simulator::run;

	ScenarioResult run(ScenarioPlan plan, BooleanSupplier cancelled);
}
