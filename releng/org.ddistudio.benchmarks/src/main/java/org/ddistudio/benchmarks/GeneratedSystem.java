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
