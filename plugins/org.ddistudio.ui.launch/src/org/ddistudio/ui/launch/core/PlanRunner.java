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
