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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a query step addressed to the child device of a bus that consumes the interface
 * {@code on child-pdo} said "no driver consumes" although the bus declares the consumer. DDI502 now
 * says whose consumer it is, that a PDO cannot query (wdf-semantics.md §1.3) and where to address the
 * step; a step addressed to the parent resolves to that consumer.
 */
class Issue18ChildPdoStepTest {

	static final String MODEL = """
			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}
			driver Bus bus KMDF {
			    produce TI on fdo
			    consume TI { on child-pdo acquire on-demand }
			}
			driver Fn function KMDF { }
			system S {
			    device BusDev { pdo root function Bus }
			    device Child parent BusDev { pdo Bus function Fn }
			    scenario T {
			        start all
			        %s queries TI
			    }
			}
			""";

	private static List<Issue> issues(String device, DdiRule rule) {
		return TestWorkspace.of(MODEL.formatted(device)).issues().stream().filter(i -> rule.code().equals(DdiRule.codeOf(i))).toList();
	}

	@Test
	void stepOnTheChildSaysWhoseConsumerItIs() {
		List<Issue> found = issues("Child", DdiRule.NO_CONSUMER_FOR_STEP);
		assertEquals(1, found.size(), found.toString());
		String message = found.get(0).getMessage();
		assertTrue(message.contains("'Bus' consumes TI on child-pdo"), message);
		assertTrue(message.contains("STATUS_INVALID_PARAMETER"), message);
		assertTrue(message.contains("address the step to 'BusDev'"), message);
	}

	@Test
	void stepOnTheParentFindsTheBusConsumer() {
		assertEquals(List.of(), issues("BusDev", DdiRule.NO_CONSUMER_FOR_STEP));
	}
}
