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

import static org.ddistudio.dsl.tests.DdiTestSupport.assertAt;
import static org.ddistudio.dsl.tests.DdiTestSupport.lineOf;
import static org.ddistudio.dsl.tests.StackRulesTest.system;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * DDI407 and DDI409: where a remote target of a device's stack is bound. The stack rules of
 * {@link StackRulesTest}, over its drivers, kept in a class of their own to keep each class short.
 */
class RemoteTargetStackRulesTest {

	// ---------------------------------------------------------------- DDI407, DDI409

	@Test
	void remoteTargetToTheOwnStack() {
		String text = system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				    }
				    device Mon {
				        pdo root
				        function Monitor
				        target Toasters -> Mon
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.TARGET_TO_OWN_STACK).issue(DdiRule.TARGET_TO_OWN_STACK);
		assertAt(text, issue, "target Toasters -> Mon");
		assertTrue(issue.getMessage().contains("WdfFdoQueryForInterface"), issue.getMessage());
	}

	@Test
	void remoteTargetBoundTwice() {
		String text = system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				    }
				    device Toaster2 parent Bus {
				        pdo ToasterBus
				        function Toaster
				    }
				    device Mon {
				        pdo root
				        function Monitor
				        target Toasters -> Toaster1
				        target Toasters -> Toaster2
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.TARGET_BOUND_TWICE).issue(DdiRule.TARGET_BOUND_TWICE);
		assertAt(text, issue, "target Toasters -> Toaster2");
		assertTrue(issue.getMessage().contains("already bound to 'Toaster1' on line " + lineOf(text, "target Toasters -> Toaster1")),
				issue.getMessage());
	}

	@Test
	void remoteTargetRepaired() {
		DdiTestSupport.of(system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				    }
				    device Mon {
				        pdo root
				        function Monitor
				        target Toasters -> Toaster1
				    }
				""")).assertClean();
	}
}
