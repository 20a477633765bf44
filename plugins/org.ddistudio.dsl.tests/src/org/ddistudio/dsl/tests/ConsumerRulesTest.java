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

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** DDI3xx: what a consumer's query meets in the stacks (R1-R4, R6) and cross-stack duties (R7, §4.3). */
class ConsumerRulesTest {

	/** A bus with one child; the function driver's consumer clause and the bus's producer clause are filled in per test. */
	private static DdiTestSupport system(String busProduces, String functionConsumes, String extra) {
		return DdiTestSupport.of(ProducerRulesTest.INTERFACES + """
				driver Bus bus KMDF {
				    %s
				}
				driver Fn function KMDF {
				    %s
				}
				%s
				system S {
				    device BusDev {
				        pdo root
				        function Bus
				    }
				    device Child parent BusDev {
				        pdo Bus
				        function Fn
				    }
				}
				""".formatted(busProduces, functionConsumes, extra));
	}

	@Test
	void matchingRequestIsClean() {
		system("produce TI on child-pdo", "consume TI { calls Ping }", "").assertClean();
	}

	@Test
	void requestTooSmallForTheTemplateGetsInvalidBufferSizeFromThePdo() {
		DdiTestSupport support = system("produce TI on child-pdo", "consume TI { size 32 }", "");
		Issue issue = support.issue(DdiRule.UNSATISFIABLE_REQUEST);
		assertTrue(issue.getMessage().contains("STATUS_INVALID_BUFFER_SIZE"), issue.getMessage());
		assertTrue(issue.getMessage().contains("Size 32"), issue.getMessage());
		support.assertCodes(DdiRule.UNSATISFIABLE_REQUEST);
	}

	@Test
	void olderVersionRequestedThanRegistered() {
		DdiTestSupport support = system("produce TI_V2 on child-pdo", "consume TI { version 1 }", "");
		support.assertCodes(DdiRule.UNSATISFIABLE_REQUEST);
		system("produce TI on child-pdo", "consume TI_V2 { version 2 }", "").assertClean();
	}

	@Test
	void exactVersionCallbackRejectsAnotherVersion() {
		String lower = "driver Low lower-filter KMDF { produce XU on filter { ImportInterface Interface NULL EvtDeviceProcessQueryInterfaceRequest exact version 0x0102 size >= 24 } }";
		String withFilter = ProducerRulesTest.INTERFACES + lower + """
				driver Bus bus KMDF { }
				driver Fn function KMDF { consume XU { version 0x0101 } }
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus lower-filter Low function Fn }
				}
				""";
		DdiTestSupport support = DdiTestSupport.of(withFilter);
		assertTrue(support.issue(DdiRule.UNSATISFIABLE_REQUEST).getMessage().contains("STATUS_NOT_SUPPORTED"), support.describe());
		support.assertCodes(DdiRule.UNSATISFIABLE_REQUEST);
		DdiTestSupport.of(withFilter.replace("exact version 0x0102 size >= 24", "exact version 0x0101 size >= 24, version 0x0102 size >= 24"))
				.assertClean();
	}

	@Test
	void noProducerInReach() {
		system("", "consume TI", "").assertCodes(DdiRule.NO_PRODUCER_IN_REACH);
	}

	@Test
	void memberBeyondTheReturnedSize() {
		DdiTestSupport support = system("produce TI on child-pdo", "consume TI_V2 { calls Ping, Pong }", "");
		Issue issue = support.issue(DdiRule.MEMBER_BEYOND_REQUESTED_SIZE);
		assertTrue(issue.getMessage().contains("'Pong' lies at offset 40 on x64"), issue.getMessage());
		support.assertCodes(DdiRule.MEMBER_BEYOND_REQUESTED_SIZE);
	}

	@Test
	void queryFromAChildPdo() {
		DdiTestSupport.of(ProducerRulesTest.INTERFACES + """
				driver Bus bus KMDF { produce TI on fdo consume TI { on child-pdo } }
				system S { device BusDev { pdo root function Bus } }
				""").assertCodes(DdiRule.QUERY_FROM_PDO);
	}

	/** A toastmon-style monitor in the same system, with a remote target to the bus's child. */
	private static final String MONITOR = """
			driver Mon function KMDF {
			    target ToBus open by-name {
			        EvtIoTargetQueryRemove release close
			        EvtIoTargetRemoveComplete release close
			        EvtIoTargetRemoveCanceled reopen requery
			    }
			    consume TI { from target ToBus acquire on-demand release after-use }
			}
			""";

	private static DdiTestSupport crossStack(String busProduces, String monitor) {
		return crossStack(busProduces, monitor, "target ToBus -> Child");
	}

	private static DdiTestSupport crossStack(String busProduces, String monitor, String binding) {
		return DdiTestSupport.of(ProducerRulesTest.INTERFACES + monitor + """
				driver Bus bus KMDF { %s }
				driver Fn function KMDF { }
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    device Monitor { pdo root function Mon %s }
				}
				""".formatted(busProduces, binding));
	}

	@Test
	void crossStackConsumerWithCountedVetoingProducerIsClean() {
		crossStack("produce TI on child-pdo { references counted veto-query-remove }", MONITOR).assertClean();
	}

	@Test
	void crossStackConsumerOfANoOpProducer() {
		Issue issue = crossStack("produce TI on child-pdo", MONITOR).assertCodes(DdiRule.CROSS_STACK_NOOP_REFERENCES)
				.issue(DdiRule.CROSS_STACK_NOOP_REFERENCES);
		assertTrue(issue.getMessage().contains("0xCE"), issue.getMessage());
	}

	@Test
	void crossStackConsumerThatDoesNotReleaseOnRemoval() {
		String noRelease = MONITOR.replace("EvtIoTargetQueryRemove release close", "EvtIoTargetQueryRemove close");
		Issue issue = crossStack("produce TI on child-pdo { references counted veto-query-remove }", noRelease)
				.assertCodes(DdiRule.CROSS_STACK_NOT_RELEASED).issue(DdiRule.CROSS_STACK_NOT_RELEASED);
		assertTrue(issue.getMessage().contains("EvtIoTargetQueryRemove"), issue.getMessage());
	}

	@Test
	void targetWithoutNotificationsAndReopenOfAnExistingDevice() {
		String existing = MONITOR.replace("open by-name", "open existing-device");
		crossStack("produce TI on child-pdo { references counted veto-query-remove }", existing)
				.assertCodes(DdiRule.TARGET_WITHOUT_NOTIFICATIONS, DdiRule.REOPEN_NOT_POSSIBLE);
		String withFile = MONITOR.replace("open by-name", "open existing-device with-file-object");
		crossStack("produce TI on child-pdo { references counted veto-query-remove }", withFile)
				.assertCodes(DdiRule.REOPEN_NOT_POSSIBLE);
	}

	@Test
	void targetNeverBound() {
		crossStack("produce TI on child-pdo { references counted veto-query-remove }", MONITOR, "")
				.assertCodes(DdiRule.UNBOUND_TARGET);
	}

	@Test
	void neverReleasedDeprecatedAndConsumerSuppliedMembers() {
		system("produce TI on child-pdo", "consume TI { release never }", "").assertCodes(DdiRule.NEVER_RELEASED);
		DdiTestSupport.of(ProducerRulesTest.INTERFACES.replace("interface TI {", "deprecated interface TI {")
				+ "driver Fn function KMDF { consume TI }").assertCodes(DdiRule.DEPRECATED_INTERFACE);
		DdiTestSupport.of(ProducerRulesTest.INTERFACES + "driver Fn function KMDF { consume XU { calls CodecId, Open } }")
				.assertCodes(DdiRule.CONSUMER_SUPPLIED_MEMBER_CALLED);
	}
}
