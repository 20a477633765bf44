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
import static org.junit.jupiter.api.Assertions.assertNull;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.check.Invariant;
import org.ddistudio.sim.FindingKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each invariant: a model that breaks it (the counterexample's length, bug check and finding asserted)
 * and the repaired model, which passes. The systems share one shape: a bus (BusDev) with one child (Child)
 * whose PDO registers TI, and a root-enumerated monitor (Mon) whose remote target T is opened to Child.
 */
class InvariantModelsTest {

	/** Bus, function and monitor drivers; {@code producer}, {@code child} and {@code monitor} fill in the variable parts. */
	static String model(String producer, String function, String monitor, String childLayers) {
		return """
				driver Bus bus KMDF {
				    produce TI on child-pdo %s
				}
				driver Fn function KMDF {
				%s
				}
				driver Mon function KMDF {
				%s
				}
				driver Filt upper-filter KMDF {
				    produce TI on filter { references counted }
				}
				system S {
				    device BusDev {
				        pdo root
				        function Bus
				    }
				    device Child parent BusDev {
				        pdo Bus
				        function Fn
				%s
				    }
				    device Mon {
				        pdo root
				        function Mon
				%s
				    }
				""".formatted(producer, function, monitor, childLayers, monitor.isBlank() ? "" : "        target T -> Child");
	}

	/** A monitor holding TI across stacks for its lifetime, with the given target callbacks. */
	static String monitor(String callbacks) {
		return """
				    target T open by-name {
				%s
				    }
				    consume TI {
				        from target T
				        acquire EvtDeviceSelfManagedIoInit
				        release EvtDeviceReleaseHardware
				        calls Ping
				    }
				""".formatted(callbacks);
	}

	static final String R7_CALLBACKS = """
			        EvtIoTargetQueryRemove release close
			        EvtIoTargetRemoveComplete release close
			        EvtIoTargetRemoveCanceled reopen requery
			""";

	static CheckResult check(String text) {
		return Fixtures.check(Fixtures.system(text + "}\n"));
	}

	static void assertDefect(CheckResult result, Invariant invariant, FindingKind kind, int length, Integer bugCheck) {
		assertEquals(CheckVerdict.DEFECT, result.verdict(), () -> Fixtures.describe(result));
		assertEquals(invariant, result.counterexample().invariant(), () -> Fixtures.describe(result));
		assertEquals(kind, result.counterexample().finding().kind(), () -> Fixtures.describe(result));
		assertEquals(length, result.counterexample().length(), () -> Fixtures.describe(result));
		if (bugCheck == null) {
			assertNull(result.counterexample().bugCheck(), () -> Fixtures.describe(result));
		} else {
			assertEquals(bugCheck, result.counterexample().bugCheck().code(), () -> Fixtures.describe(result));
		}
	}

	static void assertPass(CheckResult result) {
		assertEquals(CheckVerdict.PASS, result.verdict(), () -> Fixtures.describe(result));
	}

	// ------------------------------------------------------------------ no call into an unloaded driver or a removed producer

	/** The framework defaults close the target but release nothing (§4.3); KMDF no-op references cannot veto. */
	static final String GONE_CODE = model("", "", monitor(""), "");

	@Test
	@DisplayName("R8: a cross-stack holder that keeps the interface calls into the unloaded bus: 0xCE after 2 events")
	void callIntoUnloadedDriver() {
		assertDefect(check(GONE_CODE), Invariant.NO_CALL_INTO_GONE_CODE, FindingKind.BUG_CHECK, 2, 0xCE);
	}

	@Test
	@DisplayName("R7 repair: release on query-remove and remove-complete, requery on cancel: pass")
	void callIntoUnloadedDriverRepaired() {
		assertPass(check(model("", "", monitor(R7_CALLBACKS), "")));
	}

	// ------------------------------------------------------------------ no use after release

	@Test
	@DisplayName("R7: released on query-remove, reopened on cancel without a requery, the monitor calls a released interface")
	void useAfterRelease() {
		String text = model("", "", monitor("""
				        EvtIoTargetQueryRemove release close
				        EvtIoTargetRemoveComplete release close
				        EvtIoTargetRemoveCanceled reopen
				"""), "");
		assertDefect(check(text), Invariant.NO_USE_AFTER_RELEASE, FindingKind.USE_AFTER_RELEASE, 2, null);
	}

	@Test
	@DisplayName("R7 repair: requery on remove-canceled: pass")
	void useAfterReleaseRepaired() {
		assertPass(check(model("", "", monitor(R7_CALLBACKS), "")));
	}

	// ------------------------------------------------------------------ no counted reference outstanding

	@Test
	@DisplayName("R7: a counted producer without veto is removed while the monitor holds a reference")
	void referencesOutstanding() {
		String text = model("{ references counted }", "", monitor("""
				        EvtIoTargetRemoveCanceled reopen
				"""), "");
		assertDefect(check(text), Invariant.NO_REFERENCE_OUTSTANDING, FindingKind.REFERENCES_OUTSTANDING, 1, null);
	}

	@Test
	@DisplayName("R7 repair: the monitor releases in its callbacks: pass")
	void referencesOutstandingRepaired() {
		assertPass(check(model("{ references counted }", "", monitor(R7_CALLBACKS), "")));
	}

	// ------------------------------------------------------------------ no removal blocked forever

	@Test
	@DisplayName("§4.2: remove-complete releases but does not close: after surprise removal the remove IRP never comes")
	void removalBlocked() {
		String text = model("", "", monitor("""
				        EvtIoTargetQueryRemove release close
				        EvtIoTargetRemoveComplete release
				        EvtIoTargetRemoveCanceled reopen requery
				"""), "");
		assertDefect(check(text), Invariant.NO_REMOVAL_BLOCKED, FindingKind.REMOVAL_BLOCKED, 1, null);
	}

	@Test
	@DisplayName("§4.3: a counted, vetoing producer and a holder that never lets go: the orderly removal is vetoed forever")
	void removalVetoedForever() {
		String text = model("{ references counted veto-query-remove }", "", monitor("""
				        EvtIoTargetRemoveCanceled reopen
				"""), "");
		assertDefect(check(text), Invariant.NO_REMOVAL_BLOCKED, FindingKind.REMOVAL_VETOED, 1, null);
	}

	@Test
	@DisplayName("repair: remove-complete closes the target, query-remove releases: pass")
	void removalBlockedRepaired() {
		assertPass(check(model("{ references counted veto-query-remove }", "", monitor(R7_CALLBACKS), "")));
	}

	// ------------------------------------------------------------------ every acquired interface released

	static final String FN_NEVER = """
			    consume TI {
			        acquire EvtDevicePrepareHardware
			        release never
			        calls Ping
			    }
			""";

	@Test
	@DisplayName("R5: the function driver never releases the interface of its own PDO")
	void neverReleased() {
		assertDefect(check(model("", FN_NEVER, "", "")), Invariant.EVERY_INTERFACE_RELEASED, FindingKind.NEVER_RELEASED, 1, null);
	}

	@Test
	@DisplayName("R5 repair: released in EvtDeviceReleaseHardware: pass")
	void neverReleasedRepaired() {
		assertPass(check(model("", FN_NEVER.replace("release never", "release EvtDeviceReleaseHardware"), "", "")));
	}

	// ------------------------------------------------------------------ no reference leaked through an overwritten buffer

	static final String FN_ON_DEMAND = """
			    consume TI {
			        acquire on-demand
			        release after-use
			        calls Ping
			    }
			""";

	@Test
	@DisplayName("R6: a counted filter answers first, the PDO overwrites the buffer: the filter's reference leaks on the first query")
	void leakThroughOverwrittenBuffer() {
		String text = model("", FN_ON_DEMAND, "", "        upper-filter Filt");
		assertDefect(check(text), Invariant.NO_LEAK_THROUGH_OVERWRITTEN_BUFFER, FindingKind.LEAKED_REFERENCE, 1, null);
	}

	@Test
	@DisplayName("R6 repair: no second registration of the GUID in the stack: pass")
	void leakThroughOverwrittenBufferRepaired() {
		assertPass(check(model("", FN_ON_DEMAND, "", "")));
	}
}
