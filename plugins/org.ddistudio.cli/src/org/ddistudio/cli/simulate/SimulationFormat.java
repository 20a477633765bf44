package org.ddistudio.cli.simulate;

import java.util.function.Supplier;

/** The formats of ddi simulate --format. */
public enum SimulationFormat {
	text(TextSimulationReport::new), json(JsonSimulationReport::new), junit(JunitSimulationReport::new), sarif(SarifSimulationReport::new);

	private final Supplier<SimulationReport> factory;

	SimulationFormat(Supplier<SimulationReport> factory) {
		this.factory = factory;
	}

	public SimulationReport create() {
		return factory.get();
	}
}
