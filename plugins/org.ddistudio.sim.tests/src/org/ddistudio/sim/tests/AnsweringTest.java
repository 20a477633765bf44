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
import static org.ddistudio.sim.tests.Sim.assertTraced;
import static org.ddistudio.sim.tests.Sim.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §1.2 FxPkgPnp::HandleQueryInterface, rules R1-R4 and R6: who answers a query and with what. */
class AnsweringTest {

	/**
	 * A root bus with one child whose stack is pdo Bus / function Fn / upper-filter Up. The function
	 * driver consumes TI_V2 on demand (the steps override Size and Version).
	 */
	static String stack(String bus, String fn, String up, String steps) {
		return """
				driver Bus bus KMDF {
				    %s
				}
				driver Fn function KMDF {
				    %s
				    consume TI_V2 { acquire on-demand release EvtDeviceReleaseHardware }
				}
				driver Up upper-filter KMDF {
				    %s
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn upper-filter Up }
				    scenario T {
				        start all
				        %s
				    }
				}
				""".formatted(bus, fn, up, steps);
	}

	@Test
	@DisplayName("§1.2 R1/R2 nobody knows the GUID: the request comes back STATUS_NOT_SUPPORTED")
	void nobodyAnswers() {
		ScenarioResult result = run(stack("", "", "", "Child queries TI_V2 expect STATUS_NOT_SUPPORTED"));
		assertPass(result);
		assertTraced(result, "Child/upper-filter Up: GUID unknown, passes down STATUS_NOT_SUPPORTED");
		assertTraced(result, "Child/pdo Bus: GUID unknown, completes with STATUS_NOT_SUPPORTED");
	}

	@Test
	@DisplayName("§1.2 R3 Size <= and Version <= match: a consumer asking a newer version gets the older registered one and its version")
	void olderVersionAnswersNewerRequest() {
		ScenarioResult result = run(stack("produce TI on child-pdo { references counted }", "", "", """
				Child queries TI_V2 size 48 version 2 expect STATUS_SUCCESS from Bus version 1
				expect references TI on Child = 1
				Child calls Ping of TI_V2
				Child releases TI_V2
				expect references TI on Child = 0
				"""));
		assertPass(result);
		// exact equality is a match too: Size 40 = sizeof(TI), Version 1
		assertPass(run(stack("produce TI on child-pdo", "", "", "Child queries TI_V2 size 40 version 1 expect STATUS_SUCCESS from Bus version 1")));
	}

	@Test
	@DisplayName("§1.2 R4 a PDO completes a Size or Version mismatch with STATUS_INVALID_BUFFER_SIZE and takes no reference")
	void pdoMismatch() {
		// version: the template is version 2, the request version 1
		assertPass(run(stack("produce TI_V2 on child-pdo { references counted }", "", "", """
				Child queries TI_V2 size 48 version 1 expect STATUS_INVALID_BUFFER_SIZE
				expect references TI_V2 on Child = 0
				""")));
		// size: the template is 40 bytes, the buffer 39
		assertPass(run(stack("produce TI on child-pdo", "", "", "Child queries TI_V2 size 39 version 1 expect STATUS_INVALID_BUFFER_SIZE")));
	}

	@Test
	@DisplayName("§1.2 R4 an FDO/filter mismatch passes the IRP down untouched (its STATUS_INVALID_BUFFER_SIZE is discarded)")
	void filterAndFdoMismatchPassDown() {
		ScenarioResult result = run(stack("produce TI on child-pdo { references counted }", "",
				"produce TI_V2 on filter { references counted }", """
						Child queries TI_V2 size 48 version 1 expect STATUS_SUCCESS from Bus version 1
						expect references TI on Child = 1
						"""));
		assertPass(result);
		assertTraced(result, "Child/upper-filter Up: Size/Version mismatch, passes down STATUS_NOT_SUPPORTED");
		// an FDO mismatch with nobody below answering: the root PDO completes with the untouched NOT_SUPPORTED
		assertPass(run(stack("", "produce TI_V2 on fdo", "", "Child queries TI_V2 size 48 version 1 expect STATUS_NOT_SUPPORTED")));
	}

	@Test
	@DisplayName("§1.2 step 5 a callback error completes the IRP with that error; no reference is taken")
	void callbackErrorCompletes() {
		ScenarioResult result = run(stack("produce TI on child-pdo { references counted }", "", """
				produce TI on filter { references counted EvtDeviceProcessQueryInterfaceRequest fail STATUS_ACCESS_DENIED }
				""", """
				Child queries TI_V2 expect STATUS_ACCESS_DENIED
				expect references TI on Child = 0
				"""));
		assertPass(result);
		assertNoFinding(result, FindingKind.LEAKED_REFERENCE);
	}

	@Test
	@DisplayName("§1.2 step 5 a callback's STATUS_NOT_SUPPORTED lets the IRP travel on; ImportInterface copies nothing, so no reference")
	void callbackNotSupportedTravelsOn() {
		ScenarioResult result = run(stack("produce TI on child-pdo { references counted }", "", """
				produce TI on filter { ImportInterface Interface NULL references counted EvtDeviceProcessQueryInterfaceRequest not-supported }
				""", """
				Child queries TI_V2 expect STATUS_SUCCESS from Bus version 1
				expect references TI on Child = 1
				Child releases TI_V2
				expect references TI on Child = 0
				"""));
		assertPass(result);
		assertNoFinding(result, FindingKind.LEAKED_REFERENCE);
	}

	@Test
	@DisplayName("§1.2 step 6 odd edge: a copied template is referenced even when the callback says not supported -> leaked reference")
	void referenceTakenOnNotSupported() {
		String filter = "produce TI on filter { references counted EvtDeviceProcessQueryInterfaceRequest not-supported }";
		// nobody below answers: the consumer sees STATUS_NOT_SUPPORTED and never dereferences
		ScenarioResult alone = run(stack("", "", filter, """
				Child queries TI_V2 expect STATUS_NOT_SUPPORTED
				expect references TI on Child = 1
				"""));
		assertPass(alone);
		assertEquals(2, assertFinding(alone, FindingKind.LEAKED_REFERENCE, "Up/produce TI on filter").step());
		// the PDO below answers: the consumer releases the PDO's reference only
		ScenarioResult answered = run(stack("produce TI on child-pdo { references counted }", "", filter, """
				Child queries TI_V2 expect STATUS_SUCCESS from Bus
				expect references TI on Child = 2
				Child releases TI_V2
				expect references TI on Child = 1
				"""));
		assertPass(answered);
		assertFinding(answered, FindingKind.LEAKED_REFERENCE, "Up/produce TI on filter");
	}

	@Test
	@DisplayName("§1.2 R6 an FDO/filter that answered still forwards: a lower producer overwrites, the upper reference leaks")
	void answeredFilterForwardsAndIsOverwritten() {
		ScenarioResult result = run(stack("produce TI on child-pdo { references counted }", "", "produce TI on filter { references counted }", """
				Child queries TI_V2 expect STATUS_SUCCESS from Bus version 1
				expect references TI on Child = 2
				Child releases TI_V2
				expect references TI on Child = 1
				"""));
		assertPass(result);
		assertEquals(2, assertFinding(result, FindingKind.LEAKED_REFERENCE, "Up/produce TI on filter").step());
		// a PDO that does not know the GUID completes with the status it finds: the FDO's SUCCESS stands
		assertPass(run(stack("", "produce TI on fdo", "", "Child queries TI_V2 expect STATUS_SUCCESS from Fn version 1")));
	}

	@Test
	@DisplayName("§1.2 R6 + R4 a PDO mismatch below an FDO that answered turns the answer into STATUS_INVALID_BUFFER_SIZE; the FDO's reference leaks")
	void pdoMismatchBelowAnAnswer() {
		ScenarioResult result = run(stack("produce TI_V2 on child-pdo", "produce TI on fdo { references counted }", "", """
				Child queries TI_V2 size 48 version 1 expect STATUS_INVALID_BUFFER_SIZE
				expect references TI on Child = 1
				"""));
		assertPass(result);
		assertFinding(result, FindingKind.LEAKED_REFERENCE, "Fn/produce TI on fdo");
	}

	/** A bus whose child PDO forwards TI to the parent stack, where the bus FDO itself may answer. */
	static String parentStack(String busFdo) {
		return """
				driver Bus bus KMDF {
				    produce TI on child-pdo { SendQueryToParentStack Interface NULL }
				    %s
				}
				driver Fn function KMDF {
				    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    scenario T {
				        start all
				        Child queries TI expect %s
				        expect references TI on Child = 0
				    }
				}
				""".formatted(busFdo, busFdo.isEmpty() ? "STATUS_NOT_SUPPORTED" : "STATUS_SUCCESS from Bus version 1\n expect references TI on BusDev = 1");
	}

	@Test
	@DisplayName("§1.2 step 6 SendQueryToParentStack: a new IRP is answered in the parent's stack, which takes the reference")
	void sendQueryToParentStack() {
		ScenarioResult answered = run(parentStack("produce TI on fdo { references counted }"));
		assertPass(answered);
		assertTraced(answered, "SendQueryToParentStack, new IRP to the top of the parent's stack");
		assertTraced(answered, "BusDev/function Bus: fills the buffer");
		// the parent stack does not answer: the original IRP's status (not supported) is kept
		assertPass(run(parentStack("")));
	}
}
