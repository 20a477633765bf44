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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.model.Device;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.routing.Hop;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.sim.ScenarioPlans;
import org.ddistudio.sim.ScenarioStepper;
import org.ddistudio.sim.SentQuery;
import org.ddistudio.sim.TraceEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §1.2 the path of a query as data: one hop per trace line, with its layer, what happened there and the status after it. */
class QueryPathTest {

	private static final String TI = Guids.normalize("{11111111-2222-3333-4444-555555555555}");

	/** Routes a TI request (40 bytes, version 1: TI exactly) from the top of the named device's stack in the declared model. */
	private static QueryOutcome route(SystemLayout system, String device) {
		Device entry = device(system, device);
		return QueryRouter.query(entry, new QueryRequest(TI, 40, 1), Abi.X64);
	}

	private static Device device(SystemLayout system, String name) {
		return system.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	/** "Child/pdo Bus ANSWERED STATUS_SUCCESS completes" for each hop: what the path is, compactly. */
	private static List<String> path(QueryOutcome outcome) {
		assertEquals(outcome.trace().size(), outcome.hops().size(), "one hop per trace line");
		return outcome.hops().stream()
				.map(h -> h.stop().describe() + " " + h.kind() + " " + h.status().getName() + (h.completes() ? " completes" : "")).toList();
	}

	@Test
	@DisplayName("own stack: the filter and the FDO pass the request down, the PDO answers and completes; hops are the stack's layers")
	void answeredByThePdoBelowAFilter() {
		SystemLayout system = Sim.system(AnsweringTest.stack("produce TI on child-pdo", "", "", ""));
		QueryOutcome outcome = route(system, "Child");
		assertEquals(List.of("Child/upper-filter Up UNKNOWN_GUID STATUS_NOT_SUPPORTED", "Child/function Fn UNKNOWN_GUID STATUS_NOT_SUPPORTED",
				"Child/pdo Bus ANSWERED STATUS_SUCCESS completes"), path(outcome));
		assertEquals(QueryRouter.topDown(device(system, "Child")), outcome.hops().stream().map(h -> h.stop().layer()).toList());
		assertNull(outcome.hops().get(0).registration(), "the filter has no registration of TI");
		assertSame(outcome.answeredBy(), outcome.hops().get(2).registration());
		// the text of the path, made from the hops on request, in the router's words
		assertEquals(List.of("Child/upper-filter Up: GUID unknown, passes down STATUS_NOT_SUPPORTED",
				"Child/function Fn: GUID unknown, passes down STATUS_NOT_SUPPORTED",
				"Child/pdo Bus: fills the buffer, references, completes with STATUS_SUCCESS"), outcome.trace());
	}

	@Test
	@DisplayName("a filter whose registration mismatches passes the request down untouched, with the registration it checked")
	void filterMismatchPassesDown() {
		SystemLayout system = Sim.system(AnsweringTest.stack("produce TI on child-pdo", "", "produce TI_V2 on filter", ""));
		QueryOutcome outcome = route(system, "Child");
		assertEquals(List.of("Child/upper-filter Up MISMATCH STATUS_NOT_SUPPORTED", "Child/function Fn UNKNOWN_GUID STATUS_NOT_SUPPORTED",
				"Child/pdo Bus ANSWERED STATUS_SUCCESS completes"), path(outcome));
		Hop filter = outcome.hops().get(0);
		assertEquals("Child/upper-filter Up: Size/Version mismatch, passes down STATUS_NOT_SUPPORTED", outcome.trace().get(0));
		assertEquals("TI_V2", filter.registration().getInterface().getName());
		assertFalse(filter.completes());
	}

	@Test
	@DisplayName("SendQueryToParentStack: the PDO's hop, the parent stack's hops, then the PDO completing with the parent's answer")
	void sendQueryToParentStackCrossesStacks() {
		SystemLayout system = Sim.system(AnsweringTest.parentStack("produce TI on fdo"));
		QueryOutcome outcome = route(system, "Child");
		assertEquals(List.of("Child/function Fn UNKNOWN_GUID STATUS_NOT_SUPPORTED", "Child/pdo Bus TO_PARENT_STACK STATUS_NOT_SUPPORTED",
				"BusDev/function Bus ANSWERED STATUS_SUCCESS", "BusDev/pdo root UNKNOWN_GUID STATUS_SUCCESS completes",
				"Child/pdo Bus BACK_FROM_PARENT_STACK STATUS_SUCCESS completes"), path(outcome));
		assertSame(device(system, "BusDev"), outcome.hops().get(2).stop().device());
		assertEquals(NtStatus.STATUS_SUCCESS, outcome.status());
		assertEquals(List.of("Child/function Fn: GUID unknown, passes down STATUS_NOT_SUPPORTED",
				"Child/pdo Bus: SendQueryToParentStack, new IRP to the top of the parent's stack",
				"BusDev/function Bus: fills the buffer, references, forwards down STATUS_SUCCESS",
				"BusDev/pdo root: GUID unknown, completes with STATUS_SUCCESS", "Child/pdo Bus: completes with STATUS_SUCCESS"), outcome.trace());
	}

	@Test
	@DisplayName("a remote-target query enters the target device's stack: the step keeps it with its path, the trace lines point at the layers")
	void remoteTargetQueryEntersAnotherStack() {
		SystemLayout system = Sim.system(RemoteTargetTest.monitor("", "by-name", "", "Monitor queries TI expect STATUS_SUCCESS from Bus"));
		ScenarioStepper stepper = new ScenarioStepper(ScenarioPlans.of(system.getScenarios().get(0)));
		ScenarioStepper.Step step = stepper.step();
		while (step.queries().isEmpty() && !stepper.finished()) {
			step = stepper.step();
		}
		assertEquals(1, step.queries().size(), "the query step sent one request");
		SentQuery sent = step.queries().get(0);
		assertSame(device(system, "Monitor"), sent.device());
		assertSame(device(system, "Child"), sent.entered());
		assertTrue(sent.remote());
		assertEquals("WdfIoTargetQueryForInterface", sent.call());
		assertEquals(List.of("Child/function Fn UNKNOWN_GUID STATUS_NOT_SUPPORTED", "Child/pdo Bus ANSWERED STATUS_SUCCESS completes"),
				path(sent.outcome()));
		// the path lines follow the line of the call entering the stack
		int entering = 0;
		while (!step.trace().get(entering).text().contains("enters the top of Child's stack")) {
			entering++;
		}
		List<TraceEntry> lines = step.trace().subList(entering + 1, entering + 1 + sent.outcome().hops().size());
		assertEquals(sent.outcome().trace(), lines.stream().map(TraceEntry::text).toList());
		assertEquals(sent.outcome().hops().stream().map(h -> h.stop().layer()).toList(), lines.stream().map(TraceEntry::element).toList());
	}
}
