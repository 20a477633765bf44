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
import static org.ddistudio.sim.tests.Sim.assertNotTraced;
import static org.ddistudio.sim.tests.Sim.assertOrder;
import static org.ddistudio.sim.tests.Sim.assertPass;
import static org.ddistudio.sim.tests.Sim.assertTraced;
import static org.ddistudio.sim.tests.Sim.run;
import static org.ddistudio.sim.tests.Sim.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4.2 removal order, veto and cancel, surprise removal, target-device notifications (Windows' documented order). */
class RemovalTest {

	/**
	 * A bus with two children (function drivers Fn1, Fn2) and a monitor holding a by-name target to
	 * Child1 and an existing-device (with file object) target to Child2; {@code callbacks} are the
	 * monitor's callbacks on its Child1 target.
	 */
	static String tree(String callbacks, String steps) {
		return """
				driver Bus bus KMDF { }
				driver Fn1 function KMDF { }
				driver Fn2 function KMDF { }
				driver Mon function KMDF {
				    target ToC1 open by-name { %s }
				    target ToC2 open existing-device with-file-object
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child1 parent BusDev { pdo Bus function Fn1 }
				    device Child2 parent BusDev { pdo Bus function Fn2 }
				    device Monitor { pdo root function Mon target ToC1 -> Child1 target ToC2 -> Child2 }
				    scenario T {
				        start all
				        %s
				    }
				}
				""".formatted(callbacks, steps);
	}

	private static long count(ScenarioResult result, String text) {
		return trace(result).stream().filter(l -> l.contains(text)).count();
	}

	@Test
	@DisplayName("§4.2 orderly removal: query-remove parent before children, IRP_MN_REMOVE_DEVICE children first")
	void removalOrder() {
		ScenarioResult result = run(tree("", "remove BusDev expect not-vetoed"));
		assertPass(result);
		assertOrder(result,
				// Windows: every registrant of the removal set is notified before the first query-remove IRP
				"ToC1: no EvtIoTargetQueryRemove, framework default",
				"ToC2: no EvtIoTargetQueryRemove, framework default",
				"IRP_MN_QUERY_REMOVE_DEVICE on BusDev succeeds",
				"IRP_MN_QUERY_REMOVE_DEVICE on Child1 succeeds",
				"IRP_MN_QUERY_REMOVE_DEVICE on Child2 succeeds",
				"ToC1: no EvtIoTargetRemoveComplete, framework default", // Windows: remove-complete before the remove IRP
				"IRP_MN_REMOVE_DEVICE on Child1",
				"IRP_MN_REMOVE_DEVICE on Child2",
				"IRP_MN_REMOVE_DEVICE on BusDev",
				"driver Bus unloaded");
		assertTraced(result, "driver Fn1 unloaded");
		assertTraced(result, "driver Fn2 unloaded");
		assertNotTraced(result, "driver Mon unloaded");
	}

	@Test
	@DisplayName("§4.2 a veto cancels everything already queried, the vetoing device included; by-name targets reopen, existing-device ones do not")
	void vetoCancelsEverythingQueried() {
		ScenarioResult result = run(tree("", """
				remove BusDev vetoed by Fn2 expect vetoed
				remove Child1 expect not-vetoed
				remove Child2 expect not-vetoed
				"""));
		assertPass(result);
		assertOrder(result,
				"IRP_MN_QUERY_REMOVE_DEVICE on BusDev succeeds",
				"IRP_MN_QUERY_REMOVE_DEVICE on Child1 succeeds",
				"IRP_MN_QUERY_REMOVE_DEVICE on Child2 fails: Fn2 vetoes",
				"IRP_MN_CANCEL_REMOVE_DEVICE on BusDev",
				"IRP_MN_CANCEL_REMOVE_DEVICE on Child1",
				"IRP_MN_CANCEL_REMOVE_DEVICE on Child2",
				// remove-cancelled is delivered after the cancel IRPs complete
				"ToC1: no EvtIoTargetRemoveCanceled, framework default",
				"target ToC1 reopened",
				"ToC2: no EvtIoTargetRemoveCanceled, framework default",
				"default reopen fails with STATUS_INVALID_DEVICE_REQUEST");
		assertNotTraced(result, "IRP_MN_REMOVE_DEVICE on BusDev");
		// back to started: each child gets a fresh query-remove; the reopened ToC1 is notified again, the closed ToC2 is not
		assertEquals(2, count(result, "IRP_MN_QUERY_REMOVE_DEVICE on Child1 succeeds"), Sim.describe(result));
		assertEquals(2, count(result, "ToC1: no EvtIoTargetQueryRemove"), Sim.describe(result));
		assertEquals(1, count(result, "ToC2: no EvtIoTargetQueryRemove"), Sim.describe(result));
		assertTraced(result, "IRP_MN_REMOVE_DEVICE on Child2");
	}

	@Test
	@DisplayName("§4.2 a remote-target handle still open after the query-remove notification vetoes the query-remove")
	void openHandleVetoes() {
		ScenarioResult result = run(tree("EvtIoTargetQueryRemove none", """
				query-remove Child1 expect vetoed
				"""));
		assertPass(result);
		assertTraced(result, "IRP_MN_QUERY_REMOVE_DEVICE on Child1 fails: remote target ToC1 of Monitor still has the device open");
		assertTraced(result, "IRP_MN_CANCEL_REMOVE_DEVICE on Child1");
	}

	@Test
	@DisplayName("§4.2 surprise removal: no query-remove, IRP_MN_SURPRISE_REMOVAL, remove-complete notification, then IRP_MN_REMOVE_DEVICE")
	void surpriseRemoval() {
		ScenarioResult result = run(tree("", "surprise-remove Child1"));
		assertPass(result);
		assertNotTraced(result, "QUERY_REMOVE");
		assertNotTraced(result, "EvtIoTargetQueryRemove");
		assertOrder(result,
				"IRP_MN_SURPRISE_REMOVAL on Child1",
				"ToC1: no EvtIoTargetRemoveComplete, framework default",
				"IRP_MN_REMOVE_DEVICE on Child1",
				"driver Fn1 unloaded");
	}

	@Test
	@DisplayName("§4.2 surprise removal: a remote target left open after remove-complete blocks IRP_MN_REMOVE_DEVICE")
	void targetLeftOpenBlocksRemove() {
		ScenarioResult result = run(tree("EvtIoTargetRemoveComplete none", "surprise-remove Child1"));
		assertEquals(2, assertFinding(result, FindingKind.REMOVAL_BLOCKED, "ToC1").step());
		assertTraced(result, "IRP_MN_SURPRISE_REMOVAL on Child1");
		assertNotTraced(result, "IRP_MN_REMOVE_DEVICE on Child1");
		assertNotTraced(result, "driver Fn1 unloaded");
	}

	@Test
	@DisplayName("§4.2 surprise removal of a parent reaches every device of the subtree even when a child's removal is blocked")
	void surpriseRemovalOfAParent() {
		ScenarioResult result = run(tree("EvtIoTargetRemoveComplete none", "surprise-remove BusDev"));
		assertFinding(result, FindingKind.REMOVAL_BLOCKED, "ToC1");
		assertTraced(result, "IRP_MN_SURPRISE_REMOVAL on Child1");
		assertTraced(result, "IRP_MN_SURPRISE_REMOVAL on Child2");
		assertTraced(result, "IRP_MN_SURPRISE_REMOVAL on BusDev");
		assertNotTraced(result, "IRP_MN_REMOVE_DEVICE on Child1");
		// the parent's remove waits for its children
		assertNotTraced(result, "IRP_MN_REMOVE_DEVICE on BusDev");
	}

	@Test
	@DisplayName("§4.2 cancel-remove after a successful query-remove brings the subtree back; remove-cancelled reopens by-name targets")
	void explicitCancel() {
		ScenarioResult result = run(tree("", """
				query-remove Child1 expect not-vetoed
				cancel-remove Child1
				remove Child1 expect not-vetoed
				"""));
		assertPass(result);
		assertOrder(result, "IRP_MN_QUERY_REMOVE_DEVICE on Child1 succeeds", "IRP_MN_CANCEL_REMOVE_DEVICE on Child1", "target ToC1 reopened",
				"IRP_MN_QUERY_REMOVE_DEVICE on Child1 succeeds", "IRP_MN_REMOVE_DEVICE on Child1");
		assertEquals(2, count(result, "IRP_MN_QUERY_REMOVE_DEVICE on Child1 succeeds"), Sim.describe(result));
	}

	@Test
	@DisplayName("§4.2 cancel-remove without a pending query-remove sends nothing")
	void cancelWithoutQueryRemove() {
		ScenarioResult result = run(tree("", "cancel-remove BusDev"));
		assertPass(result);
		assertNotTraced(result, "IRP_MN_CANCEL_REMOVE_DEVICE");
		assertNotTraced(result, "EvtIoTargetRemoveCanceled");
	}
}
