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
import static org.ddistudio.sim.tests.Sim.assertPass;
import static org.ddistudio.sim.tests.Sim.assertTraced;
import static org.ddistudio.sim.tests.Sim.run;

import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §1.3 WdfFdoQueryForInterface / WdfIoTargetQueryForInterface, and R5 reference counting. */
class ConsumingTest {

	@Test
	@DisplayName("§1.3 WdfFdoQueryForInterface from a PDO returns STATUS_INVALID_PARAMETER; nothing is referenced")
	void queryFromAPdo() {
		ScenarioResult result = run("""
				driver Bus bus KMDF {
				    produce TI on child-pdo { references counted }
				    consume TI { on child-pdo acquire on-demand }
				}
				driver Fn function KMDF { }
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    scenario T {
				        start all
				        BusDev queries TI as Bus expect STATUS_INVALID_PARAMETER
				        expect references TI on Child = 0
				    }
				}
				""");
		assertPass(result);
	}

	@Test
	@DisplayName("§1.3 WdfFdoQueryForInterface enters the top of the caller's own stack: its own registration answers")
	void ownRegistrationAnswers() {
		assertPass(run("""
				driver Fn function KMDF {
				    produce TI on fdo { references counted }
				    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
				}
				system S {
				    device D { pdo root function Fn }
				    scenario T {
				        start all
				        D queries TI expect STATUS_SUCCESS from Fn version 1
				        expect references TI on D = 1
				    }
				}
				"""));
	}

	@Test
	@DisplayName("§1.3 a query from EvtDriverDeviceAdd sees only the device objects attached so far (not the upper filter)")
	void deviceAddSeesOnlyLowerDevices() {
		ScenarioResult result = run("""
				driver Fn function KMDF {
				    consume TI { acquire EvtDriverDeviceAdd release never calls Ping }
				}
				driver Up upper-filter KMDF {
				    produce TI on filter { references counted }
				}
				system S {
				    device D { pdo root function Fn upper-filter Up }
				    scenario T {
				        start all
				        expect references TI on D = 0
				    }
				}
				""");
		assertPass(result);
		assertTraced(result, "completes with STATUS_NOT_SUPPORTED");
	}

	@Test
	@DisplayName("§1.2 R5 +1 reference per successful query, -1 per release; a second release still runs the producer's dereference")
	void referenceCounts() {
		ScenarioResult result = run("""
				driver Bus bus KMDF {
				    produce TI on child-pdo { references counted }
				}
				driver Fn function KMDF {
				    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
				}
				driver Mon function KMDF {
				    target ToChild open by-name {
				        EvtIoTargetQueryRemove release close
				        EvtIoTargetRemoveComplete release close
				        EvtIoTargetRemoveCanceled reopen requery
				    }
				    consume TI { from target ToChild acquire on-demand release EvtDeviceReleaseHardware }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    device Monitor { pdo root function Mon target ToChild -> Child }
				    scenario T {
				        start all
				        expect references TI on Child = 0
				        Child queries TI expect STATUS_SUCCESS from Bus
				        expect references TI on Child = 1
				        Monitor queries TI expect STATUS_SUCCESS from Bus
				        expect references TI on Child = 2
				        Child releases TI
				        expect references TI on Child = 1
				        Monitor releases TI
				        expect references TI on Child = 0
				        Monitor releases TI
				        Monitor queries TI expect STATUS_SUCCESS from Bus
				        expect references TI on Child = 0
				    }
				}
				""");
		assertPass(result);
		// the double release really calls the producer's InterfaceDereference: its count goes to -1, the next query brings it to 0
		assertFinding(result, FindingKind.DOUBLE_RELEASE, "ReleaseStep");
	}
}
