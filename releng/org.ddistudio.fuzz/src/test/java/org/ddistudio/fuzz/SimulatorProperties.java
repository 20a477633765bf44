/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The simulator on generated systems and on the (possibly broken) systems of mutated examples:
 * it terminates, gives every scenario a verdict, and is deterministic.
 */
class SimulatorProperties {

	@Property(tries = 40)
	void generatedSystemsSimulateDeterministically(@ForAll @IntRange(min = 2, max = 80) int devices,
			@ForAll @IntRange(min = 1, max = 6) int interfaces, @ForAll @IntRange(min = 0, max = 10) int crossStack, @ForAll long seed) {
		SyntheticSystems.Shape shape = new SyntheticSystems.Shape(devices, interfaces, crossStack, seed);
		assertEquals(summaries(SyntheticSystems.generate(shape)), summaries(SyntheticSystems.generate(shape)));
	}

	@Property(tries = 100)
	void mutatedExamplesNeverCrashTheSimulator(@ForAll("nearValidModels") String text) {
		DdiModel model = Language.model(Language.parse(text));
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(model.eResource());
		for (Declaration declaration : model.getDeclarations()) {
			if (declaration instanceof SystemLayout system && !hasProxies(system)) {
				for (ScenarioResult result : Simulator.run(system, () -> false)) {
					assertNotNull(result.verdict());
				}
			}
		}
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> nearValidModels() {
		return new LanguageProperties().nearValidModels();
	}

	/** The simulator runs on linked models; the CLI refuses unresolved references before simulating. */
	private static boolean hasProxies(SystemLayout system) {
		var contents = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(system.eResource(), true);
		while (contents.hasNext()) {
			org.eclipse.emf.ecore.EObject object = (org.eclipse.emf.ecore.EObject) contents.next();
			for (org.eclipse.emf.ecore.EObject referenced : object.eCrossReferences()) {
				if (referenced.eIsProxy()) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> summaries(DdiModel model) {
		for (Declaration declaration : model.getDeclarations()) {
			if (declaration instanceof SystemLayout system) {
				List<ScenarioResult> results = Simulator.run(system, () -> false);
				assertFalse(results.isEmpty());
				return results.stream().map(r -> r.name() + " " + r.verdict() + " " + r.summary() + " " + r.trace().size()).toList();
			}
		}
		throw new AssertionError("no system generated");
	}
}
