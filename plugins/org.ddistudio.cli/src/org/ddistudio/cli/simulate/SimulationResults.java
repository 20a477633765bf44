package org.ddistudio.cli.simulate;

import java.util.List;

import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.ScenarioResult;

/**
 * The results of one ddi simulate invocation, per system, for the report formats.
 *
 * @param systems the systems simulated with their scenario results, in model order
 */
public record SimulationResults(List<SystemResults> systems) {

	/** The results of one system. */
	public record SystemResults(SystemLayout system, List<ScenarioResult> results) {
	}

	public long scenarios() {
		return systems.stream().mapToLong(s -> s.results().size()).sum();
	}

	public long failed() {
		return systems.stream().flatMap(s -> s.results().stream()).filter(r -> r.verdict() == org.ddistudio.sim.Verdict.FAIL).count();
	}
}
