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
