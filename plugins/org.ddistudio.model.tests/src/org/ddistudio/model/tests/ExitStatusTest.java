/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.ddistudio.model.rules.ExitStatus;
import org.ddistudio.model.rules.Severity;
import org.junit.jupiter.api.Test;

/** The exit statuses are the command line's contract (README): their numbers and how a run's is derived. */
class ExitStatusTest {

	@Test
	void theNumbersAreTheDocumentedOnes() {
		assertEquals(0, ExitStatus.OK.code());
		assertEquals(1, ExitStatus.FINDINGS.code());
		assertEquals(2, ExitStatus.USAGE.code());
		assertEquals(3, ExitStatus.INCONCLUSIVE.code());
	}

	@Test
	void onlyErrorsFailAValidation() {
		assertEquals(ExitStatus.OK, ExitStatus.ofSeverities(List.of()));
		assertEquals(ExitStatus.OK, ExitStatus.ofSeverities(List.of(Severity.WARNING, Severity.INFO)));
		assertEquals(ExitStatus.FINDINGS, ExitStatus.ofSeverities(List.of(Severity.WARNING, Severity.ERROR)));
	}

	@Test
	void aFailureOutranksAnIncompleteRun() {
		assertEquals(ExitStatus.OK, ExitStatus.of(false, false));
		assertEquals(ExitStatus.INCONCLUSIVE, ExitStatus.of(false, true));
		assertEquals(ExitStatus.FINDINGS, ExitStatus.of(true, true));
		assertEquals(ExitStatus.FINDINGS, ExitStatus.of(true, false));
	}
}
