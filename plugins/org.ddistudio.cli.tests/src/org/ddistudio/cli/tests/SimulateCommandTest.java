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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ddi simulate: exit codes, scenario selection and the four report formats. */
class SimulateCommandTest {

	@TempDir
	Path dir;

	/** A no-op producer and a cross-stack monitor that keeps calling after the producer's removal. */
	static final String CROSS_STACK = Models.TOASTER.replace("system ToasterSystem {", """
			driver Monitor function KMDF {
			    target ToToaster open by-name
			    consume TOASTER_INTERFACE_STANDARD {
			        from target ToToaster
			        acquire on-demand
			        release never
			        calls GetCrispinessLevel
			    }
			}

			system ToasterSystem {
			""").replaceFirst("\\}\\s*$", """
			    // the monitor starts after the toaster it opens a target to
			    device Mon {
			        pdo root
			        function Monitor
			        target ToToaster -> Toaster1
			    }
			    scenario CallAfterRemoval {
			        start all
			        Mon queries TOASTER_INTERFACE_STANDARD expect STATUS_SUCCESS from ToasterBus
			        remove ToasterBusDevice
			        Mon calls GetCrispinessLevel of TOASTER_INTERFACE_STANDARD
			        expect bugcheck 0xCE
			    }
			    scenario WrongExpectation {
			        start all
			        Mon queries TOASTER_INTERFACE_STANDARD expect STATUS_NOT_SUPPORTED
			    }
			}
			""");

	@Test
	void cleanSystemPassesItsImpliedLifecycle() {
		Models.write(dir, "toaster.ddi", Models.TOASTER);
		CliRun run = ddi(dir, "simulate", "toaster.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.out().contains("PASS implied: orderly removal of Toaster1"), run.out());
		assertTrue(run.out().contains("Toaster1/pdo ToasterBus: fills the buffer"), run.out());
		assertTrue(run.err().contains("ddi: [1/"), "progress lines expected on stderr: " + run.err());
	}

	@Test
	void expectedBugCheckPassesAndAFailedExpectationFails() {
		Models.write(dir, "cross.ddi", CROSS_STACK);
		CliRun pass = ddi(dir, "simulate", "--scenario", "CallAfterRemoval", "cross.ddi");
		assertEquals(0, pass.exitCode(), pass.describe());
		assertTrue(pass.out().contains("cross.ddi:"), "findings carry file:line:col: " + pass.out());
		assertTrue(pass.out().contains("0xCE DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS"), pass.out());
		CliRun fail = ddi(dir, "simulate", "--scenario", "WrongExpectation", "cross.ddi");
		assertEquals(1, fail.exitCode(), fail.describe());
		assertTrue(fail.out().contains("FAIL WrongExpectation"), fail.out());
	}

	@Test
	void badInputExitsTwoWithoutAStackTrace() {
		Models.write(dir, "broken.ddi", Models.SYNTAX_ERROR);
		CliRun syntax = ddi(dir, "simulate", "broken.ddi").assertNoStackTrace();
		assertEquals(2, syntax.exitCode(), syntax.describe());
		assertTrue(syntax.err().contains("broken.ddi:"), syntax.err());
		Models.write(dir, "toaster.ddi", Models.TOASTER);
		CliRun unknown = ddi(dir, "simulate", "--scenario", "NoSuchScenario", "toaster.ddi").assertNoStackTrace();
		assertEquals(2, unknown.exitCode(), unknown.describe());
		assertTrue(unknown.err().contains("NoSuchScenario"), unknown.err());
		assertEquals(2, ddi(dir, "simulate", "missing.ddi").assertNoStackTrace().exitCode());
	}

	@Test
	void jsonReportFollowsTheDocumentedSchema() throws Exception {
		Models.write(dir, "cross.ddi", CROSS_STACK);
		CliRun run = ddi(dir, "simulate", "--format", "json", "--scenario", "CallAfterRemoval", "cross.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		JsonNode root = new ObjectMapper().readTree(run.out());
		assertEquals(1, root.path("schemaVersion").asInt());
		JsonNode scenario = root.path("scenarios").get(0);
		assertEquals("CallAfterRemoval", scenario.path("name").asText());
		assertEquals("PASS", scenario.path("verdict").asText());
		assertEquals("0xCE", scenario.path("bugCheck").path("code").asText());
		JsonNode crash = null;
		for (JsonNode finding : scenario.path("findings")) {
			if ("SIM001".equals(finding.path("code").asText())) {
				crash = finding;
			}
		}
		assertTrue(crash != null, scenario.toString());
		assertEquals(4, crash.path("step").asInt());
		assertEquals("cross.ddi", crash.path("location").path("file").asText());
		assertTrue(crash.path("location").path("line").asInt() > 0);
		assertTrue(scenario.path("trace").size() > 5);
		assertEquals(1, root.path("summary").path("passed").asInt());
	}

	@Test
	void junitReportHasOneTestCasePerScenarioAndFailures() throws Exception {
		Models.write(dir, "cross.ddi", CROSS_STACK);
		CliRun run = ddi(dir, "simulate", "--format", "junit", "--out", "sim.xml", "cross.ddi");
		assertEquals(1, run.exitCode(), run.describe());
		byte[] xml = Files.readAllBytes(dir.resolve("sim.xml"));
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		assertEquals(2, document.getElementsByTagName("testcase").getLength());
		assertEquals(1, document.getElementsByTagName("failure").getLength());
		Element failure = (Element) document.getElementsByTagName("failure").item(0);
		assertTrue(failure.getAttribute("message").contains("STATUS_NOT_SUPPORTED"), failure.getAttribute("message"));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "cross.ddi and sim.xml only: the atomic write leaves no temporary file");
		}
		assertFalse(new String(xml, StandardCharsets.UTF_8).isBlank());
	}

	@Test
	void sarifReportCarriesTheTraceAsACodeFlow() throws Exception {
		Models.write(dir, "cross.ddi", CROSS_STACK);
		CliRun run = ddi(dir, "simulate", "--format", "sarif", "--scenario", "CallAfterRemoval", "cross.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		JsonNode log = new ObjectMapper().readTree(run.out());
		assertEquals("2.1.0", log.path("version").asText());
		JsonNode crash = null;
		for (JsonNode result : log.path("runs").get(0).path("results")) {
			if ("SIM001".equals(result.path("ruleId").asText())) {
				crash = result;
			}
		}
		assertTrue(crash != null, run.out());
		assertEquals("cross.ddi", crash.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
		JsonNode steps = crash.path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
		assertTrue(steps.size() > 3, crash.toString());
		assertTrue(steps.get(0).path("location").path("message").path("text").asText().contains("start all"), steps.toString());
	}
}
