/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.StreamSupport;

import org.ddistudio.dsl.resource.ParallelParser;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/** {@link ParallelParser}: input order kept, names computed, syntax errors per file, interruption. */
class ParallelParserTest {

	private static List<ParallelParser.Input> inputs(int count) {
		List<ParallelParser.Input> inputs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = i % 3 == 2 ? "package broken" + i + "\ninterface {" // a syntax error in every third file
					: ParsingTest.TOASTER.replace("package toaster", "package toaster" + i);
			inputs.add(new ParallelParser.Input(URI.createFileURI("/ws/f" + i + ".ddi"), text));
		}
		return inputs;
	}

	@Test
	void resultsAreInInputOrderWithTheirNamesAndErrors() {
		List<ParallelParser.Input> inputs = inputs(9);
		List<ParallelParser.Parsed> sequential = ParallelParser.parse(DdiTestSupport.injector(), inputs, 1);
		List<ParallelParser.Parsed> parallel = ParallelParser.parse(DdiTestSupport.injector(), inputs, 4);
		assertEquals(inputs.size(), parallel.size());
		for (int i = 0; i < inputs.size(); i++) {
			assertEquals(inputs.get(i).uri(), parallel.get(i).resource().getURI());
			assertTrue(parallel.get(i).resource().getResourceSet() == null, "not in a set while parsed");
			assertEquals(names(sequential.get(i)), names(parallel.get(i)));
			assertEquals(i % 3 == 2, parallel.get(i).resource().getParseResult().hasSyntaxErrors(), "file " + i);
		}
		assertFalse(names(parallel.get(0)).isEmpty());
	}

	@Test
	void addedToTheSetInOrderWithTheNamesKept() {
		List<ParallelParser.Parsed> parsed = ParallelParser.parse(DdiTestSupport.injector(), inputs(4), 2);
		XtextResourceSet set = DdiTestSupport.injector().getInstance(XtextResourceSet.class);
		ParallelParser.addAll(set, parsed);
		for (int i = 0; i < parsed.size(); i++) {
			assertTrue(set.getResources().get(i) == parsed.get(i).resource());
			// The names computed on the worker thread survive the addition (same objects, not recomputed).
			assertTrue(parsed.get(i).description() == DdiTestSupport.injector()
					.getInstance(org.eclipse.xtext.resource.IResourceDescription.Manager.class).getResourceDescription(parsed.get(i).resource()));
		}
	}

	@Test
	void anInterruptedCallerStopsWithItsFlagSet() {
		Thread.currentThread().interrupt();
		try {
			assertThrows(CancellationException.class, () -> ParallelParser.parse(DdiTestSupport.injector(), inputs(6), 2));
			assertTrue(Thread.currentThread().isInterrupted());
		} finally {
			Thread.interrupted();
		}
	}

	private static List<String> names(ParallelParser.Parsed parsed) {
		Iterable<IEObjectDescription> exported = parsed.description().getExportedObjects();
		return StreamSupport.stream(exported.spliterator(), false).map(d -> d.getQualifiedName() + " " + d.getEObjectURI()).toList();
	}
}
