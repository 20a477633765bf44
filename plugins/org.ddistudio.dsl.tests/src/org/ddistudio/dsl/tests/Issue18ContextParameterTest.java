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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: DDI110 accepts what the WDK itself does. Routines of an interface marked {@code declared-in}
 * (the WDK's, e.g. PCI_DEVICE_PRESENT_INTERFACE's IsDevicePresent, which takes no Context) and routines
 * whose first parameter is a PDEVICE_OBJECT (ACPI_INTERFACE_STANDARD's GpeConnectVector) are not
 * reported; a routine of the model's own interface that takes neither is.
 */
class Issue18ContextParameterTest {

	private static List<String> codes(String text) {
		List<Issue> issues = TestWorkspace.of(text).issues();
		return issues.stream().map(DdiRule::codeOf).toList();
	}

	@Test
	void wdkInterfaceWithoutContextIsAccepted() {
		assertEquals(List.of(), codes("""
				interface PCI_DEVICE_PRESENT_INTERFACE {
				    declared-in <wdm.h>
				    guid {D1B82C26-BF49-45EF-B216-71CBD7889B57}
				    version 1
				    BOOLEAN IsDevicePresent(_In_ USHORT VendorID, _In_ USHORT DeviceID, _In_ UCHAR RevisionID,
				        _In_ USHORT SubVendorID, _In_ USHORT SubSystemID, _In_ ULONG Flags);
				}
				"""));
	}

	@Test
	void deviceObjectFirstIsAccepted() {
		assertEquals(List.of(), codes("""
				interface GPE {
				    guid {11111111-2222-3333-4444-555555555555}
				    version 1
				    NTSTATUS GpeEnableEvent(_In_ PDEVICE_OBJECT Context, _In_ PVOID ObjectContext);
				}
				"""));
	}

	@Test
	void ownInterfaceWithoutContextIsReported() {
		assertEquals(List.of(DdiRule.CONTEXT_PARAMETER.code()), codes("""
				interface TI {
				    guid {11111111-2222-3333-4444-555555555555}
				    version 1
				    BOOLEAN IsSafetyLockEnabled(_In_ ULONG Flags);
				}
				"""));
	}
}
