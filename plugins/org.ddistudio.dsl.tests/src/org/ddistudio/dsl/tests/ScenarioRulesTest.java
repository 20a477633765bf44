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

import static org.ddistudio.dsl.tests.DdiTestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** DDI5xx: the static walk over scenario steps. Each rule: a scenario that breaks it, and the repaired one. */
class ScenarioRulesTest {

	/**
	 * Toaster bus with a counted, vetoing producer (so a cross-stack monitor is legitimate, R7); an
	 * on-demand function driver; a start-up consumer that releases right after use (the KMDF toaster
	 * pattern, §2.1); an upper filter that also consumes; a toastmon-style monitor on a remote target.
	 */
	private static final String SYSTEM = """
			package scenarios

			interface TOASTER_INTERFACE_STANDARD {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			    version 1
			    references counted
			    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
			    BOOLEAN IsSafetyLockEnabled(_In_ PVOID Context);
			}

			driver ToasterBus bus KMDF {
			    produce TOASTER_INTERFACE_STANDARD on child-pdo {
			        references counted veto-query-remove
			    }
			}

			driver Toaster function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        acquire on-demand
			        release after-use
			        calls GetCrispinessLevel
			    }
			}

			driver FeaturedToaster function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        acquire EvtDeviceSelfManagedIoInit
			        release after-use
			        calls GetCrispinessLevel, IsSafetyLockEnabled
			    }
			}

			driver CrispFilter upper-filter KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        acquire on-demand
			        release after-use
			        calls IsSafetyLockEnabled
			    }
			}

			driver ToastMon function KMDF {
			    target Toasters open by-name {
			        EvtIoTargetQueryRemove release close
			        EvtIoTargetRemoveComplete release close
			        EvtIoTargetRemoveCanceled reopen requery
			    }
			    consume TOASTER_INTERFACE_STANDARD {
			        from target Toasters
			        acquire on-demand
			        release after-use
			        calls GetCrispinessLevel
			    }
			}

			system S {
			    device Bus {
			        pdo root
			        function ToasterBus
			    }
			    device Toaster1 parent Bus {
			        pdo ToasterBus
			        function Toaster
			    }
			    device Toaster2 parent Bus {
			        pdo ToasterBus
			        function FeaturedToaster
			    }
			    device Toaster3 parent Bus {
			        pdo ToasterBus
			        function Toaster
			        upper-filter CrispFilter
			    }
			    device Monitor {
			        pdo root
			        function ToastMon
			        target Toasters -> Toaster2
			    }
			""";

	private static String scenario(String steps) {
		return SYSTEM + "    scenario Run {\n" + steps + "    }\n}\n";
	}

	@Test
	void systemWithoutScenarioIsClean() {
		DdiTestSupport.of(SYSTEM + "}\n").assertClean();
	}

	// ---------------------------------------------------------------- DDI500

	@Test
	void releaseOfAnInterfaceNeverQueried() {
		String text = scenario("""
				        start all
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.RELEASE_WITHOUT_ACQUIRE).issue(DdiRule.RELEASE_WITHOUT_ACQUIRE);
		assertEquals(lineOf(text, "Toaster1 releases"), issue.getLineNumber());
		assertTrue(issue.getMessage().contains("on demand"), issue.getMessage());
	}

	@Test
	void secondReleaseOfOneReference() {
		String text = scenario("""
				        start all
				        Toaster1 queries TOASTER_INTERFACE_STANDARD
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.RELEASE_WITHOUT_ACQUIRE).issue(DdiRule.RELEASE_WITHOUT_ACQUIRE);
		int first = lineOf(text, "Toaster1 releases");
		assertEquals(first + 1, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("already released on line " + first), issue.getMessage());
	}

	@Test
	void startUpConsumerThatReleasesAfterUseHoldsNothing() {
		String text = scenario("""
				        start Toaster2
				        Toaster2 releases TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.RELEASE_WITHOUT_ACQUIRE).issue(DdiRule.RELEASE_WITHOUT_ACQUIRE);
		assertTrue(issue.getMessage().contains("right after use in EvtDeviceSelfManagedIoInit"), issue.getMessage());
	}

	@Test
	void releaseAfterAFailedQuery() {
		// version 0 < the PDO's version 1: a KMDF PDO completes with STATUS_INVALID_BUFFER_SIZE (R3, R4)
		String text = scenario("""
				        start all
				        Toaster1 queries TOASTER_INTERFACE_STANDARD version 0 expect STATUS_INVALID_BUFFER_SIZE
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.RELEASE_WITHOUT_ACQUIRE).issue(DdiRule.RELEASE_WITHOUT_ACQUIRE);
		assertTrue(issue.getMessage().contains("expected to fail with STATUS_INVALID_BUFFER_SIZE"), issue.getMessage());
	}

	@Test
	void releaseAfterTheRemoveCompleteCallbackReleased() {
		// surprise removal: remove-complete without query-remove; the monitor's callback already released
		String text = scenario("""
				        start all
				        Monitor queries TOASTER_INTERFACE_STANDARD
				        surprise-remove Toaster2
				        Monitor releases TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.RELEASE_WITHOUT_ACQUIRE).issue(DdiRule.RELEASE_WITHOUT_ACQUIRE);
		assertTrue(issue.getMessage().contains("already released by its EvtIoTargetRemoveComplete callback when 'Toaster2'"
				+ " went through 'surprise-remove' on line " + lineOf(text, "surprise-remove")), issue.getMessage());
	}

	@Test
	void releaseRepaired() {
		DdiTestSupport.of(scenario("""
				        start all
				        Toaster1 queries TOASTER_INTERFACE_STANDARD expect STATUS_SUCCESS from ToasterBus
				        Toaster1 calls GetCrispinessLevel of TOASTER_INTERFACE_STANDARD
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				        expect references TOASTER_INTERFACE_STANDARD on Toaster1 = 0
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI501

	@Test
	void callAfterRelease() {
		String text = scenario("""
				        start all
				        Toaster1 queries TOASTER_INTERFACE_STANDARD
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				        Toaster1 calls GetCrispinessLevel of TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.USE_AFTER_RELEASE).issue(DdiRule.USE_AFTER_RELEASE);
		assertEquals(lineOf(text, "Toaster1 calls"), issue.getLineNumber());
		assertTrue(issue.getMessage().contains("0xCE"), issue.getMessage());
	}

	@Test
	void callAfterTheQueryRemoveCallbackReleased() {
		// toastmon pattern (§4.3): the EvtIoTargetQueryRemove callback drops the interface
		String text = scenario("""
				        start all
				        Monitor queries TOASTER_INTERFACE_STANDARD
				        query-remove Toaster2
				        Monitor calls GetCrispinessLevel of TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.USE_AFTER_RELEASE).issue(DdiRule.USE_AFTER_RELEASE);
		assertTrue(issue.getMessage().contains("released by its EvtIoTargetQueryRemove callback"), issue.getMessage());
	}

	@Test
	void callAfterRequery() {
		DdiTestSupport.of(scenario("""
				        start all
				        Toaster1 queries TOASTER_INTERFACE_STANDARD
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				        Toaster1 queries TOASTER_INTERFACE_STANDARD
				        Toaster1 calls GetCrispinessLevel of TOASTER_INTERFACE_STANDARD
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				        Monitor queries TOASTER_INTERFACE_STANDARD
				        query-remove Toaster2
				        cancel-remove Toaster2
				        Monitor calls GetCrispinessLevel of TOASTER_INTERFACE_STANDARD
				        Monitor releases TOASTER_INTERFACE_STANDARD
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI502

	@Test
	void stepOnAStackWithoutConsumer() {
		String text = scenario("""
				        start all
				        Bus queries TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.NO_CONSUMER_FOR_STEP).issue(DdiRule.NO_CONSUMER_FOR_STEP);
		assertTrue(issue.getMessage().contains("No driver in the stack of 'Bus' (pdo root, function ToasterBus)"), issue.getMessage());
	}

	@Test
	void namedDriverNotInTheStackOrOnlyItsPdo() {
		String text = scenario("""
				        start all
				        Toaster1 queries TOASTER_INTERFACE_STANDARD as ToasterBus
				        Toaster1 queries TOASTER_INTERFACE_STANDARD as FeaturedToaster
				""");
		DdiTestSupport support = DdiTestSupport.of(text).assertCodes(DdiRule.NO_CONSUMER_FOR_STEP, DdiRule.NO_CONSUMER_FOR_STEP);
		assertTrue(support.describe().contains("it only owns the PDO of 'Toaster1'"), support.describe());
		assertTrue(support.describe().contains("no device object in the stack of 'Toaster1'"), support.describe());
	}

	@Test
	void consumerRepaired() {
		DdiTestSupport.of(scenario("""
				        start all
				        Toaster1 queries TOASTER_INTERFACE_STANDARD as Toaster
				        Toaster1 releases TOASTER_INTERFACE_STANDARD as Toaster
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI503

	@Test
	void eventsAfterRemovalOfTheDeviceOrAnAncestor() {
		String text = scenario("""
				        start all
				        surprise-remove Bus
				        Toaster1 queries TOASTER_INTERFACE_STANDARD
				        remove Bus
				""");
		DdiTestSupport support = DdiTestSupport.of(text).assertCodes(DdiRule.STEP_ON_REMOVED_DEVICE, DdiRule.STEP_ON_REMOVED_DEVICE);
		Issue issue = support.issue(DdiRule.STEP_ON_REMOVED_DEVICE);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(lineOf(text, "Toaster1 queries"), issue.getLineNumber());
		assertTrue(issue.getMessage().contains("its ancestor 'Bus' was removed"), issue.getMessage());
	}

	@Test
	void removedDeviceStartedAgain() {
		DdiTestSupport.of(scenario("""
				        start all
				        surprise-remove Bus
				        start Toaster1
				        Toaster1 queries TOASTER_INTERFACE_STANDARD
				        Toaster1 releases TOASTER_INTERFACE_STANDARD
				        remove Bus
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI504

	@Test
	void cancelWithoutQueryRemove() {
		String text = scenario("""
				        start all
				        cancel-remove Toaster1
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.CANCEL_WITHOUT_QUERY_REMOVE).issue(DdiRule.CANCEL_WITHOUT_QUERY_REMOVE);
		assertEquals(lineOf(text, "cancel-remove"), issue.getLineNumber());
	}

	@Test
	void cancelAfterAVetoedQueryRemove() {
		String text = scenario("""
				        start all
				        query-remove Toaster1 vetoed by Toaster
				        cancel-remove Toaster1
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.CANCEL_WITHOUT_QUERY_REMOVE).issue(DdiRule.CANCEL_WITHOUT_QUERY_REMOVE);
		assertTrue(issue.getMessage().contains("was vetoed"), issue.getMessage());
	}

	@Test
	void cancelRepaired() {
		DdiTestSupport.of(scenario("""
				        start all
				        query-remove Toaster1
				        cancel-remove Toaster1
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI505

	@Test
	void unloadWhileDevicesRemain() {
		String text = scenario("""
				        start all
				        remove Toaster1
				        unload Toaster
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.UNLOAD_WHILE_IN_USE).issue(DdiRule.UNLOAD_WHILE_IN_USE);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("'Toaster3'"), issue.getMessage());
		assertTrue(!issue.getMessage().contains("'Toaster1'"), issue.getMessage());
	}

	@Test
	void unloadRepaired() {
		DdiTestSupport.of(scenario("""
				        start all
				        remove Toaster1
				        remove Toaster3
				        unload Toaster
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI506

	@Test
	void ambiguousConsumer() {
		String text = scenario("""
				        start all
				        Toaster3 queries TOASTER_INTERFACE_STANDARD
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.AMBIGUOUS_CONSUMER).issue(DdiRule.AMBIGUOUS_CONSUMER);
		assertTrue(issue.getMessage().contains("(Toaster, CrispFilter)"), issue.getMessage());
	}

	@Test
	void ambiguityResolvedWithAs() {
		DdiTestSupport.of(scenario("""
				        start all
				        Toaster3 queries TOASTER_INTERFACE_STANDARD as CrispFilter
				        Toaster3 calls IsSafetyLockEnabled of TOASTER_INTERFACE_STANDARD as CrispFilter
				        Toaster3 releases TOASTER_INTERFACE_STANDARD as CrispFilter
				""")).assertClean();
	}
}
