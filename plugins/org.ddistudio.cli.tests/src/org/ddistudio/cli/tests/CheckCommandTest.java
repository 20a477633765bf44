/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.tests;

import static org.ddistudio.cli.tests.CliRun.ddi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ddi check: verdicts, exit codes, report formats, bounds and progress. */
class CheckCommandTest {

	@TempDir
	Path dir;

	/** A monitor that keeps a cross-stack interface with the framework's default target callbacks: 0xCE after two events. */
	static final String GONE_CODE = """
			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}
			driver Bus bus KMDF {
			    produce TI on child-pdo
			}
			driver Fn function KMDF {
			}
			driver Mon function KMDF {
			    target T open by-name
			    consume TI {
			        from target T
			        acquire EvtDeviceSelfManagedIoInit
			        release EvtDeviceReleaseHardware
			        calls Ping
			    }
			}
			system S {
			    device BusDev {
			        pdo root
			        function Bus
			    }
			    device Child parent BusDev {
			        pdo Bus
			        function Fn
			    }
			    device Mon {
			        pdo root
			        function Mon
			        target T -> Child
			    }
			}
			""";

	private static Path repository() {
		return Paths.get("../..").toAbsolutePath().normalize();
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@Test
	void correctExamplePassesWithExitZero() {
		CliRun run = ddi(repository(), "check", "examples/toaster", "examples/wdk").assertNoStackTrace();
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.out().contains("PASS ToasterSystem (started system)"), run.describe());
	}

	@Test
	void afterScenariosExploresFromEachScenarioEnd() {
		CliRun run = ddi(repository(), "check", "--after-scenarios", "examples/toastmon", "examples/toaster", "examples/wdk").assertNoStackTrace();
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.out().contains("PASS ToasterWithMonitor (started system)"), run.describe());
		assertTrue(run.out().contains("PASS ToasterWithMonitor (after scenario DisableToasterWhileMonitored)"), run.describe());
		assertTrue(run.out().contains("PASS ToasterSystem (after scenario PlugInAndUnplug)"), run.describe());
	}

	@Test
	void defectGivesExitOneTraceAndRegressionScenario() throws Exception {
		write("gone.ddi", GONE_CODE);
		CliRun run = ddi(dir, "check", "gone.ddi").assertNoStackTrace();
		assertEquals(1, run.exitCode(), run.describe());
		assertTrue(run.out().contains("DEFECT S (started system)"), run.describe());
		assertTrue(run.out().contains("0xCE DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS"), run.describe());
		assertTrue(run.out().contains("scenario TeardownNoCallIntoGoneCode {"), run.describe());
		assertTrue(run.out().contains("gone.ddi:"), "the violation is located in the model\n" + run.describe());
	}

	@Test
	void pastedScenarioFailsWithTheSameBugCheck() throws Exception {
		write("gone.ddi", GONE_CODE);
		CliRun check = ddi(dir, "check", "--format", "json", "gone.ddi");
		JsonNode ce = new ObjectMapper().readTree(check.out()).path("results").path(0).path("counterexample");
		String pasted = GONE_CODE.substring(0, GONE_CODE.lastIndexOf('}')) + ce.path("scenario").asText() + "}\n";
		write("gone.ddi", pasted);
		CliRun simulate = ddi(dir, "simulate", "--scenario", "TeardownNoCallIntoGoneCode", "gone.ddi").assertNoStackTrace();
		assertEquals(1, simulate.exitCode(), simulate.describe());
		assertTrue(simulate.out().contains("unexpected bug check 0xCE"), simulate.describe());
	}

	@Test
	void jsonJunitAndSarifReports() throws Exception {
		write("gone.ddi", GONE_CODE);
		JsonNode json = new ObjectMapper().readTree(ddi(dir, "check", "--format", "json", "gone.ddi").out());
		JsonNode result = json.path("results").path(0);
		assertEquals("DEFECT", result.path("verdict").asText());
		assertEquals(2, result.path("counterexample").path("length").asInt());
		assertEquals("0xCE", result.path("counterexample").path("bugCheck").path("code").asText());
		assertEquals("CHK001", result.path("counterexample").path("rule").asText());
		assertEquals(3, result.path("counterexample").path("events").size(), result.toString());

		CliRun junit = ddi(dir, "check", "--format", "junit", "gone.ddi");
		assertTrue(junit.out().contains("<failure message=\"defect: "), junit.describe());
		assertTrue(junit.out().contains("type=\"CHK001\""), junit.describe());

		JsonNode sarif = new ObjectMapper().readTree(ddi(dir, "check", "--format", "sarif", "gone.ddi").out());
		JsonNode sarifResult = sarif.path("runs").path(0).path("results").path(0);
		assertEquals("CHK001", sarifResult.path("ruleId").asText());
		assertEquals("gone.ddi", sarifResult.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
		JsonNode flow = sarifResult.path("codeFlows").path(0).path("threadFlows").path(0).path("locations");
		assertTrue(flow.size() > 3, sarifResult.toString());
		assertTrue(flow.toString().contains("BUG CHECK 0xCE"), flow.toString());
	}

	@Test
	void stateBoundGivesExitThree() {
		CliRun run = ddi(repository(), "check", "--max-states", "3", "examples/toastmon", "examples/toaster", "examples/wdk").assertNoStackTrace();
		assertEquals(3, run.exitCode(), run.describe());
		assertTrue(run.out().contains("INCONCLUSIVE ToasterWithMonitor (started system): inconclusive: the state bound was hit"), run.describe());
	}

	@Test
	void progressIsReportedOnStandardError() throws Exception {
		write("big.ddi", big(96, 30, 10));
		CliRun run = ddi(dir, "check", "--timeout", "3", "big.ddi").assertNoStackTrace();
		assertEquals(3, run.exitCode(), run.describe());
		assertTrue(run.err().contains("states, frontier"), run.describe());
		assertTrue(run.out().contains("the time bound was hit"), run.describe());
	}

	@Test
	void badInputGivesExitTwo() throws Exception {
		write("broken.ddi", "system S { device D { pdo root } ");
		assertEquals(2, ddi(dir, "check", "broken.ddi").assertNoStackTrace().exitCode());
		write("empty.ddi", "interface I { version 1 }\n");
		CliRun none = ddi(dir, "check", "empty.ddi").assertNoStackTrace();
		assertEquals(2, none.exitCode(), none.describe());
		assertEquals(2, ddi(dir, "check", "--max-depth", "0", "empty.ddi").assertNoStackTrace().exitCode());
		assertEquals(2, ddi(dir, "check", "missing.ddi").assertNoStackTrace().exitCode());
	}

	/** A bus tree per interface and monitors holding an interface of every tree across stacks (R7 callbacks). */
	private static String big(int devices, int interfaces, int monitors) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < interfaces; i++) {
			text.append("interface I").append(i).append(" {\n    guid {").append(String.format("%08X", i + 1)).append("-0000-0000-0000-000000000000}\n")
					.append("    version 1\n    references counted\n    NTSTATUS R(_In_ PVOID Context);\n}\n");
			text.append("driver B").append(i).append(" bus KMDF {\n    produce I").append(i).append(" on child-pdo { references counted veto-query-remove }\n}\n");
		}
		text.append("driver F function KMDF {\n}\ndriver M function KMDF {\n");
		for (int i = 0; i < interfaces; i++) {
			text.append("    target T").append(i).append(" open by-name {\n        EvtIoTargetQueryRemove release close\n")
					.append("        EvtIoTargetRemoveComplete release close\n        EvtIoTargetRemoveCanceled reopen requery\n    }\n");
			text.append("    consume I").append(i).append(" {\n        from target T").append(i)
					.append("\n        acquire EvtDeviceSelfManagedIoInit\n        release EvtDeviceReleaseHardware\n        calls R\n    }\n");
		}
		text.append("}\nsystem Big {\n");
		int children = devices - interfaces - monitors;
		for (int i = 0; i < interfaces; i++) {
			text.append("    device Bus").append(i).append(" {\n        pdo root\n        function B").append(i).append("\n    }\n");
		}
		for (int c = 0; c < children; c++) {
			int family = c % interfaces;
			text.append("    device C").append(c).append(" parent Bus").append(family).append(" {\n        pdo B").append(family)
					.append("\n        function F\n    }\n");
		}
		for (int m = 0; m < monitors; m++) {
			text.append("    device Mon").append(m).append(" {\n        pdo root\n        function M\n");
			for (int i = 0; i < interfaces; i++) {
				// child i is the first child of bus i: every monitor holds one interface of every tree
				text.append("        target T").append(i).append(" -> C").append(i).append('\n');
			}
			text.append("    }\n");
		}
		return text.append("}\n").toString();
	}
}
