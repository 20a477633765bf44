/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.check.Invariant;
import org.ddistudio.sim.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a call to a member beyond the Size the producer returned was filed under CHK001 ("no call
 * into an unloaded driver or a removed producer"), although no driver is unloaded and no producer gone:
 * it is a NULL function pointer (wdf-semantics.md §5, 0x7E family), CHK007.
 */
class Issue18CallBeyondSizeTest {

	/** The bus registers TI (40 bytes on x64); the function driver asks TI_V2 and calls {@code calls}. */
	static String model(String calls) {
		return """
				interface TI_V2 extends TI {
				    version 2
				    BOOLEAN Pong(_In_ PVOID Context);
				}
				driver Bus bus KMDF {
				    produce TI on child-pdo
				}
				driver Fn function KMDF {
				    consume TI_V2 {
				        acquire EvtDeviceSelfManagedIoInit
				        release EvtDeviceReleaseHardware
				        calls %s
				    }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				}
				""".formatted(calls);
	}

	@Test
	void callBeyondSizeIsANullPointerCall() {
		CheckResult result = Fixtures.check(Fixtures.system(model("Ping, Pong")));
		assertEquals(CheckVerdict.DEFECT, result.verdict(), () -> Fixtures.describe(result));
		assertEquals(Invariant.NO_CALL_THROUGH_NULL_POINTER, result.counterexample().invariant(), () -> Fixtures.describe(result));
		assertEquals(FindingKind.BUG_CHECK, result.counterexample().finding().kind(), () -> Fixtures.describe(result));
		assertEquals(0x7E, result.counterexample().bugCheck().code(), () -> Fixtures.describe(result));
	}

	@Test
	void callsWithinSizePass() {
		CheckResult result = Fixtures.check(Fixtures.system(model("Ping")));
		assertEquals(CheckVerdict.PASS, result.verdict(), () -> Fixtures.describe(result));
	}
}
