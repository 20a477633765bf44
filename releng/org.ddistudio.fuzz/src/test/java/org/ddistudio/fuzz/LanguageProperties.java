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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The parser and validator on near-valid input: whatever the text, the answer is diagnostics under
 * stable codes (never an exception), and the same text always gets the same diagnostics.
 */
class LanguageProperties {

	private static final List<String> TOKENS = List.of("{", "}", "(", ")", ",", ";", "interface", "driver", "system", "device",
			"produce", "consume", "guid", "version", "0xFFFFFFFFFFFF", "{12345678-1234-1234-1234-123456789ABC}", "{GGGG-}",
			"pdo", "function", "root", "parent", "target", "->", "extends", "_In_", "PVOID", "*", "/**", "*/", "\"", "Ünïcødé",
			"query-remove", "expect", "bugcheck", "queries", "calls", "releases", "9999999999999999999999");

	@Provide
	Arbitrary<String> nearValidModels() {
		Arbitrary<String> seed = Arbitraries.of(Seeds.all());
		Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.doubles().between(0, 1),
				Arbitraries.integers().between(1, 200), Arbitraries.of(TOKENS)).as(Mutation::new);
		return Combinators.combine(seed, mutation.list().ofMinSize(1).ofMaxSize(6)).as((text, edits) -> {
			String result = text;
			for (Mutation edit : edits) {
				result = edit.applyTo(result);
			}
			return result;
		});
	}

	@Property
	void nearValidModelsGetDiagnosticsNeverExceptions(@ForAll("nearValidModels") String text) {
		List<String> diagnostics = Language.diagnostics(text);
		for (String diagnostic : diagnostics) {
			assertTrue(diagnostic.matches("\\d+:\\d+ (ERROR|WARNING|INFO) DDI\\d{3} .+"), diagnostic);
		}
	}

	@Property
	void sameTextSameDiagnostics(@ForAll("nearValidModels") String text) {
		assertEquals(Language.diagnostics(text), Language.diagnostics(text));
	}

	@Property(tries = 30)
	void generatedSystemsAreValidModels(@ForAll @IntRange(min = 2, max = 120) int devices, @ForAll @IntRange(min = 1, max = 8) int interfaces,
			@ForAll @IntRange(min = 0, max = 12) int crossStack, @ForAll long seed) {
		String text = SyntheticSystems.toText(new SyntheticSystems.Shape(devices, interfaces, crossStack, seed));
		List<String> errors = Language.diagnostics(text).stream().filter(d -> d.contains(" ERROR ")).toList();
		assertEquals(List.of(), errors, text);
	}
}
