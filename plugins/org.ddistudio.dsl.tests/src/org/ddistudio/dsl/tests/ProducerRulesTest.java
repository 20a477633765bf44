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
import org.junit.jupiter.api.Test;

/** DDI2xx: WDF_QUERY_INTERFACE_CONFIG as WdfDeviceAddQueryInterface validates it (§1.1). */
class ProducerRulesTest {

	static final String INTERFACES = """
			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}
			interface TI_V2 extends TI {
			    version 2
			    BOOLEAN Pong(_In_ PVOID Context);
			}
			two-way interface XU {
			    guid {AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}
			    version 0x0101
			    consumer ULONG CodecId;
			    NTSTATUS Open(_In_ PVOID Context);
			}
			""";

	private static DdiTestSupport driver(String kind, String framework, String produce) {
		return DdiTestSupport.of(INTERFACES + "driver D " + kind + " " + framework + " {\n" + produce + "\n}\n");
	}

	@Test
	void importInterfaceWithoutCallback() {
		DdiTestSupport support = driver("bus", "KMDF", "produce XU on child-pdo { ImportInterface Interface NULL }");
		assertTrue(support.issue(DdiRule.IMPORT_WITHOUT_CALLBACK).getMessage().contains("STATUS_INVALID_PARAMETER"));
		support.assertCodes(DdiRule.IMPORT_WITHOUT_CALLBACK);
		driver("bus", "KMDF", "produce XU on child-pdo { ImportInterface Interface NULL EvtDeviceProcessQueryInterfaceRequest accept }")
				.assertClean();
	}

	@Test
	void sendQueryToParentStackOnANonPdo() {
		driver("function", "KMDF", "produce TI on fdo { SendQueryToParentStack }").assertCodes(DdiRule.PARENT_STACK_ON_NON_PDO);
		driver("bus", "KMDF", "produce TI on child-pdo { SendQueryToParentStack Interface NULL }").assertClean();
	}

	@Test
	void nullInterfaceAlone() {
		driver("bus", "KMDF", "produce TI on child-pdo { Interface NULL }").assertCodes(DdiRule.NULL_INTERFACE_NOT_ALLOWED);
	}

	@Test
	void producerOnADeviceObjectTheDriverDoesNotHave() {
		driver("function", "KMDF", "produce TI on child-pdo").assertCodes(DdiRule.PRODUCER_ROLE_MISMATCH);
		driver("upper-filter", "KMDF", "produce TI on fdo").assertCodes(DdiRule.PRODUCER_ROLE_MISMATCH);
		driver("bus", "KMDF", "produce TI on filter").assertCodes(DdiRule.PRODUCER_ROLE_MISMATCH);
		driver("lower-filter", "KMDF", "produce TI on filter").assertClean();
		driver("bus", "KMDF", "produce TI on fdo").assertClean();
	}

	@Test
	void twoWayInterfaceWithoutImport() {
		driver("lower-filter", "KMDF", "produce XU on filter").assertCodes(DdiRule.TWO_WAY_WITHOUT_IMPORT);
	}

	@Test
	void callbackPolicyContradictions() {
		driver("bus", "KMDF", "produce TI on child-pdo { EvtDeviceProcessQueryInterfaceRequest fail STATUS_SUCCESS }")
				.assertCodes(DdiRule.CALLBACK_POLICY_INCONSISTENT);
		driver("bus", "KMDF", "produce TI_V2 on child-pdo { EvtDeviceProcessQueryInterfaceRequest exact version 2, version 2 }")
				.assertCodes(DdiRule.CALLBACK_POLICY_INCONSISTENT);
		DdiTestSupport unreachable = driver("bus", "KMDF", "produce TI_V2 on child-pdo { EvtDeviceProcessQueryInterfaceRequest exact version 1, version 2 }");
		assertTrue(unreachable.issue(DdiRule.CALLBACK_POLICY_INCONSISTENT).getMessage().contains("never accepted"));
		unreachable.assertCodes(DdiRule.CALLBACK_POLICY_INCONSISTENT);
		driver("bus", "KMDF", "produce TI on child-pdo { EvtDeviceProcessQueryInterfaceRequest fail STATUS_ACCESS_DENIED }").assertClean();
	}

	@Test
	void vetoNeedsCountedReferences() {
		driver("bus", "KMDF", "produce TI on child-pdo { references noop veto-query-remove }").assertCodes(DdiRule.VETO_WITHOUT_COUNTING);
		driver("bus", "KMDF", "produce TI on child-pdo { references counted veto-query-remove }").assertClean();
	}

	@Test
	void secondRegistrationOfAGuidIsShadowed() {
		DdiTestSupport support = driver("bus", "KMDF", "produce TI on child-pdo\nproduce TI_V2 on child-pdo");
		assertTrue(support.issue(DdiRule.SHADOWED_REGISTRATION).getLineNumber() > 15);
		support.assertCodes(DdiRule.SHADOWED_REGISTRATION);
		driver("bus", "KMDF", "produce TI on child-pdo\nproduce TI_V2 on fdo").assertClean();
	}

	@Test
	void kmdfConfigurationOnAWdmDriver() {
		driver("bus", "WDM", "produce TI on child-pdo { SendQueryToParentStack Interface NULL }").assertCodes(DdiRule.KMDF_CONFIG_ON_WDM);
		driver("bus", "WDM", "produce TI on child-pdo").assertClean();
	}
}
