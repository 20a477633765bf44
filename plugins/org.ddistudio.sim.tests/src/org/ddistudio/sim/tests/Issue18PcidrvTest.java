/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim.tests;

import static org.ddistudio.sim.tests.Sim.assertFinding;
import static org.ddistudio.sim.tests.Sim.assertNoFinding;
import static org.ddistudio.sim.tests.Sim.assertPass;
import static org.ddistudio.sim.tests.Sim.run;

import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a holder that is removed before its producer (the PCIDRV pattern, wdf-semantics.md §2.2: the
 * FDO queries its own PDO's interface and never dereferences it, "harmless only because the producer is
 * the own PDO") leaks a reference that is never released (SIM005), but nobody keeps a pointer into the
 * freed Context (no SIM002): §4.2, removal is children first and each IRP enters a stack at the top.
 */
class Issue18PcidrvTest {

	/** A bus whose child PDO produces a counted TI, consumed by {@code holder} with {@code consume}. */
	static String model(String consume, String stack, String steps) {
		return """
				driver Bus bus KMDF {
				    produce TI on child-pdo { references counted }
				}
				driver Fn function KMDF {
				    %s
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { %s }
				    scenario T {
				        start all
				        %s
				    }
				}
				""".formatted(consume, stack, steps);
	}

	static final String NEVER_RELEASED = "consume TI { version 1 acquire EvtDriverDeviceAdd release never calls Ping }";

	@Test
	@DisplayName("the FDO holds its own PDO's interface and is removed: never released, but no reference outstanding")
	void ownPdoInterfaceNeverReleased() {
		ScenarioResult result = run(model(NEVER_RELEASED, "pdo Bus function Fn", """
				Child calls Ping of TI
				remove Child
				"""));
		assertPass(result);
		assertFinding(result, FindingKind.NEVER_RELEASED, "Fn/consume TI");
		assertNoFinding(result, FindingKind.REFERENCES_OUTSTANDING);
	}

	@Test
	@DisplayName("removing the parent removes the holder first: the same, from the bus's point of view")
	void parentRemovalKeepsNoPointer() {
		ScenarioResult result = run(model(NEVER_RELEASED, "pdo Bus function Fn", "remove BusDev"));
		assertFinding(result, FindingKind.NEVER_RELEASED, "Fn/consume TI");
		assertNoFinding(result, FindingKind.REFERENCES_OUTSTANDING);
	}

	@Test
	@DisplayName("a lower filter holding the FDO's interface is still there when the FDO goes: references outstanding")
	void holderBelowProducerKeepsPointer() {
		ScenarioResult result = run("""
				driver Bus bus KMDF { }
				driver Fn function KMDF {
				    produce TI on fdo { references counted }
				}
				driver Lo lower-filter KMDF {
				    %s
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus lower-filter Lo function Fn }
				    scenario T {
				        start all
				        remove Child
				    }
				}
				""".formatted(NEVER_RELEASED.replace("EvtDriverDeviceAdd", "EvtDevicePrepareHardware")));
		assertFinding(result, FindingKind.NEVER_RELEASED, "Lo/consume TI");
		assertFinding(result, FindingKind.REFERENCES_OUTSTANDING, "Fn/produce TI on fdo");
	}
}
