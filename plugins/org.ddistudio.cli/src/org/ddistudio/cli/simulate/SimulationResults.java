/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
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
