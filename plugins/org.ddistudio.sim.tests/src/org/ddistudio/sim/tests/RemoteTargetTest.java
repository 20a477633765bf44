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

import static org.ddistudio.sim.tests.Sim.assertBugCheck;
import static org.ddistudio.sim.tests.Sim.assertFinding;
import static org.ddistudio.sim.tests.Sim.assertNoFinding;
import static org.ddistudio.sim.tests.Sim.assertNotTraced;
import static org.ddistudio.sim.tests.Sim.assertOrder;
import static org.ddistudio.sim.tests.Sim.assertPass;
import static org.ddistudio.sim.tests.Sim.assertTraced;
import static org.ddistudio.sim.tests.Sim.run;

import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4.3 KMDF remote I/O targets (the three callbacks and their defaults) and R7 cross-stack consumers. */
class RemoteTargetTest {

	static final String COUNTED = "references counted veto-query-remove";
	static final String TOASTMON = """
			EvtIoTargetQueryRemove release close
			EvtIoTargetRemoveComplete release close
			EvtIoTargetRemoveCanceled reopen requery
			""";

	/**
	 * A bus whose child PDO produces TI ({@code producer} options) and a toastmon-like monitor
	 * holding a remote target to the child, opened {@code mode}, with {@code callbacks}.
	 */
	static String monitor(String producer, String mode, String callbacks, String steps) {
		return """
				driver Bus bus KMDF {
				    produce TI on child-pdo { %s }
				}
				driver Fn function KMDF { }
				driver Mon function KMDF {
				    target ToChild open %s { %s }
				    consume TI { from target ToChild acquire on-demand release EvtDeviceReleaseHardware calls Ping }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    device Monitor { pdo root function Mon target ToChild -> Child }
				    scenario T {
				        start all
				        %s
				    }
				}
				""".formatted(producer, mode, callbacks, steps);
	}

	@Test
	@DisplayName("§1.3 WdfIoTargetQueryForInterface on a closed remote target bug-checks (0x7E family) at that step")
	void queryOnAClosedTarget() {
		ScenarioResult result = run(monitor("", "by-name", "", """
				query-remove Child expect not-vetoed
				Monitor queries TI
				expect bugcheck 0x7E
				"""));
		assertPass(result);
		assertBugCheck(result, 0x7E, 3);
	}

	@Test
	@DisplayName("§4.3 default EvtIoTargetQueryRemove closes for query-remove; default EvtIoTargetRemoveCanceled reopens a by-name target")
	void queryRemoveAndCancelDefaults() {
		ScenarioResult result = run(monitor("", "by-name", "", """
				query-remove Child expect not-vetoed
				cancel-remove Child
				Monitor queries TI expect STATUS_SUCCESS from Bus
				"""));
		assertPass(result);
		assertOrder(result, "ToChild: no EvtIoTargetQueryRemove, framework default", "IRP_MN_QUERY_REMOVE_DEVICE on Child succeeds",
				"IRP_MN_CANCEL_REMOVE_DEVICE on Child", "ToChild: no EvtIoTargetRemoveCanceled, framework default", "target ToChild reopened");
	}

	@Test
	@DisplayName("§4.3 default reopen works only for targets opened by name: an existing-device target stays closed")
	void reopenOnlyByName() {
		ScenarioResult result = run(monitor("", "existing-device with-file-object", "", """
				query-remove Child expect not-vetoed
				cancel-remove Child
				Monitor queries TI
				expect bugcheck 0x7E
				"""));
		assertPass(result);
		assertTraced(result, "default reopen fails with STATUS_INVALID_DEVICE_REQUEST");
		assertBugCheck(result, 0x7E, 4);
	}

	@Test
	@DisplayName("§4.3 default EvtIoTargetRemoveComplete closes the target: surprise removal completes")
	void removeCompleteDefault() {
		ScenarioResult result = run(monitor("", "by-name", "", "surprise-remove Child"));
		assertPass(result);
		assertOrder(result, "IRP_MN_SURPRISE_REMOVAL on Child", "ToChild: no EvtIoTargetRemoveComplete, framework default",
				"IRP_MN_REMOVE_DEVICE on Child");
		assertNoFinding(result, FindingKind.REMOVAL_BLOCKED);
	}

	@Test
	@DisplayName("§4.3 UseExistingDevice without a file object registers for no notification at all")
	void existingDeviceWithoutFileObject() {
		ScenarioResult result = run(monitor("", "existing-device", TOASTMON, "remove Child expect not-vetoed"));
		assertPass(result);
		assertNotTraced(result, "ToChild:");
		assertTraced(result, "IRP_MN_REMOVE_DEVICE on Child");
	}

	@Test
	@DisplayName("§4.3/R7 the defaults do not release a remote interface: a counted vetoing producer vetoes removal forever")
	void defaultsVetoForever() {
		ScenarioResult result = run(monitor(COUNTED, "by-name", "", """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				remove Child expect vetoed
				remove Child expect vetoed
				remove BusDev expect vetoed
				remove Child
				"""));
		assertPass(result);
		assertTraced(result, "IRP_MN_QUERY_REMOVE_DEVICE on Child fails: Bus vetoes: 1 reference(s) to TI outstanding");
		assertNotTraced(result, "IRP_MN_REMOVE_DEVICE on Child");
		assertFinding(result, FindingKind.REMOVAL_VETOED, "PnpStep");
	}

	@Test
	@DisplayName("R7 a consumer that closes but does not release on query-remove keeps the counted producer's removal vetoed")
	void closeWithoutReleaseVetoes() {
		ScenarioResult result = run(monitor(COUNTED, "by-name", """
				EvtIoTargetQueryRemove close
				EvtIoTargetRemoveComplete release close
				EvtIoTargetRemoveCanceled reopen
				""", """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				remove Child expect vetoed
				expect references TI on Child = 1
				remove Child expect vetoed
				"""));
		assertPass(result);
	}

	@Test
	@DisplayName("R7 release + close in the callbacks: removal succeeds, nothing outstanding; a cancelled removal requeries")
	void toastmonPattern() {
		ScenarioResult result = run(monitor(COUNTED, "by-name", TOASTMON, """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				query-remove Child vetoed by Fn expect vetoed
				expect references TI on Child = 1
				Monitor calls Ping of TI
				remove Child expect not-vetoed
				expect references TI on Child = 0
				"""));
		assertPass(result);
		assertOrder(result, "ToChild: EvtIoTargetQueryRemove", "InterfaceDereference(Bus) -> 0 reference(s)",
				"IRP_MN_CANCEL_REMOVE_DEVICE on Child", "ToChild: EvtIoTargetRemoveCanceled", "InterfaceReference(Bus on Child) -> 1 reference(s)");
		assertTraced(result, "IRP_MN_REMOVE_DEVICE on Child");
		assertNoFinding(result, FindingKind.NEVER_RELEASED);
		assertNoFinding(result, FindingKind.REFERENCES_OUTSTANDING);
		assertNoFinding(result, FindingKind.USE_AFTER_RELEASE);
	}

	@Test
	@DisplayName("R7/R8 no-op producer, consumer keeps calling after removal: bug check 0xCE on the call after the producer unloaded")
	void noOpProducerCallAfterRemoval() {
		ScenarioResult result = run(monitor("", "by-name", "", """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				Monitor calls Ping of TI
				remove BusDev expect not-vetoed
				Monitor calls Ping of TI
				expect bugcheck 0xCE
				"""));
		assertPass(result);
		assertBugCheck(result, 0xCE, 5);
		assertTraced(result, "driver Bus unloaded");
	}

	@Test
	@DisplayName("§4.3 EvtIoTargetRemoveCanceled runs for a target its query-remove callback left open (here the open handle vetoed)")
	void removeCanceledReachesAnOpenTarget() {
		ScenarioResult result = run(monitor(COUNTED, "by-name", """
				EvtIoTargetQueryRemove release
				EvtIoTargetRemoveCanceled requery
				""", """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				remove Child expect vetoed
				expect references TI on Child = 1
				"""));
		assertPass(result);
		assertOrder(result, "ToChild: EvtIoTargetQueryRemove", "InterfaceDereference(Bus) -> 0 reference(s)",
				"IRP_MN_QUERY_REMOVE_DEVICE on Child fails: remote target ToChild of Monitor still has the device open",
				"IRP_MN_CANCEL_REMOVE_DEVICE on Child", "ToChild: EvtIoTargetRemoveCanceled", "InterfaceReference(Bus on Child) -> 1 reference(s)");
	}

	@Test
	@DisplayName("§4.2 Windows order: a child's query-remove notification runs before the parent's IRP, so a release there prevents the parent's veto")
	void notificationsOfTheWholeSubtreeComeFirst() {
		// the child PDO passes TI to the parent stack (§1.2 step 6): the counted, vetoing reference is on BusDev's FDO,
		// while the monitor's target (and its notifications) are on Child
		ScenarioResult result = run("""
				driver Bus bus KMDF {
				    produce TI on child-pdo { SendQueryToParentStack Interface NULL }
				    produce TI on fdo { references counted veto-query-remove }
				}
				driver Fn function KMDF { }
				driver Mon function KMDF {
				    target ToChild open by-name {
				        EvtIoTargetQueryRemove release close
				        EvtIoTargetRemoveComplete release close
				        EvtIoTargetRemoveCanceled reopen requery
				    }
				    consume TI { from target ToChild acquire on-demand release EvtDeviceReleaseHardware calls Ping }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    device Monitor { pdo root function Mon target ToChild -> Child }
				    scenario T {
				        start all
				        Monitor queries TI expect STATUS_SUCCESS from Bus
				        expect references TI on BusDev = 1
				        remove BusDev expect not-vetoed
				        expect references TI on BusDev = 0
				    }
				}
				""");
		assertPass(result);
		assertOrder(result, "ToChild: EvtIoTargetQueryRemove", "InterfaceDereference(Bus) -> 0 reference(s)",
				"IRP_MN_QUERY_REMOVE_DEVICE on BusDev succeeds", "IRP_MN_REMOVE_DEVICE on BusDev");
	}
}
