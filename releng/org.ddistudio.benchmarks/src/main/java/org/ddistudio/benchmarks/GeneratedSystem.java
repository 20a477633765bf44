/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.benchmarks;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;

/** The generated systems the benchmarks run on. */
final class GeneratedSystem {

	private GeneratedSystem() {
	}

	/** A system of {@code devices} devices, 20 interfaces, and a tenth of the devices consuming across stacks. */
	static SystemLayout of(int devices) {
		DdiModel model = SyntheticSystems.generate(new SyntheticSystems.Shape(devices, 20, devices / 10, 42));
		for (Declaration declaration : model.getDeclarations()) {
			if (declaration instanceof SystemLayout system) {
				return system;
			}
		}
		throw new IllegalStateException("the generator made no system");
	}
}
