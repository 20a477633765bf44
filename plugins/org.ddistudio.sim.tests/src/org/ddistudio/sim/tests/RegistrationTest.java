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

import static org.ddistudio.sim.tests.Sim.assertPass;
import static org.ddistudio.sim.tests.Sim.assertTraced;
import static org.ddistudio.sim.tests.Sim.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ddistudio.model.Device;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.sim.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §1.1 WdfDeviceAddQueryInterface: what gets registered, in which order. */
class RegistrationTest {

	/** A bus and one child; the child's PDO registrations ({@code pdo}) and FDO registrations ({@code fdo}) vary. */
	static String system(String pdo, String fdo, String steps) {
		return """
				driver Bus bus KMDF {
				    %s
				}
				driver Fn function KMDF {
				    %s
				    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    scenario T {
				        start all
				        %s
				    }
				}
				""".formatted(pdo, fdo, steps);
	}

	@ParameterizedTest(name = "§1.1 rejected registration ({1}) is not registered: the query gets STATUS_NOT_SUPPORTED")
	@CsvSource(delimiter = '|', value = {
			"|produce TI on fdo { SendQueryToParentStack }|SendQueryToParentStack on a device object that is not a PDO",
			"produce TI on child-pdo { Interface NULL }||Interface NULL without SendQueryToParentStack or ImportInterface",
			"produce TI on child-pdo { ImportInterface }||ImportInterface without EvtDeviceProcessQueryInterfaceRequest" })
	void rejectedRegistrationIsNotRegistered(String pdo, String fdo, String reason) {
		ScenarioResult result = run(system(pdo == null ? "" : pdo, fdo == null ? "" : fdo, """
				Child queries TI expect STATUS_NOT_SUPPORTED
				"""));
		assertPass(result);
		assertTraced(result, "fails with STATUS_INVALID_PARAMETER: " + reason);
	}

	@Test
	@DisplayName("§1.1 the first registration of a GUID wins: it shadows a later one that would match")
	void firstRegistrationWins() {
		// TI_V2 (version 2, 48 bytes) first: a version-1 request mismatches it, and the matching TI registered
		// after it is never looked at; the PDO completes with STATUS_INVALID_BUFFER_SIZE (§1.2 step 3, R4)
		assertPass(run(system("produce TI_V2 on child-pdo produce TI on child-pdo", "", """
				Child queries TI expect STATUS_INVALID_BUFFER_SIZE
				""")));
		assertPass(run(system("produce TI on child-pdo produce TI_V2 on child-pdo", "", """
				Child queries TI size 48 version 2 expect STATUS_SUCCESS from Bus version 1
				""")));
		// a callback failing on the first registration decides, although the second one would accept
		assertPass(run(system("""
				produce TI on child-pdo { EvtDeviceProcessQueryInterfaceRequest fail STATUS_ACCESS_DENIED }
				produce TI on child-pdo
				""", "", """
				Child queries TI expect STATUS_ACCESS_DENIED
				""")));
	}

	@Test
	@DisplayName("§1.1 a rejected first registration does not shadow an accepted later one (simulator and static router)")
	void rejectedRegistrationDoesNotShadow() {
		String text = system("produce TI on child-pdo { Interface NULL } produce TI on child-pdo { references counted }", "", """
				Child queries TI expect STATUS_SUCCESS from Bus version 1
				expect references TI on Child = 1
				""");
		assertPass(run(text));
		// the static router (validators) must agree: the rejected registration was never added to the list
		SystemLayout system = Sim.system(text);
		Device child = system.getDevices().get(1);
		QueryOutcome outcome = QueryRouter.query(child, new QueryRequest(Guids.normalize("{11111111-2222-3333-4444-555555555555}"), 40, 1),
				Abi.X64);
		assertEquals(NtStatus.STATUS_SUCCESS, outcome.status(), String.join("\n", outcome.trace()));
	}
}
