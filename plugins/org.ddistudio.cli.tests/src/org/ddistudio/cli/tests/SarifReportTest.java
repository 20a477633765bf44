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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ddi validate --format sarif and --out. */
class SarifReportTest {

	@TempDir
	Path dir;

	@Test
	void sarifHasTheRuleCatalogueAndLocatedResults() throws Exception {
		Models.write(dir, "models/odd.ddi", Models.UNKNOWN_TYPE);
		CliRun run = ddi(dir, "validate", "--format", "sarif", "models");
		assertEquals(1, run.exitCode(), run.describe());
		JsonNode log = new ObjectMapper().readTree(run.out());
		assertEquals("2.1.0", log.path("version").asText());
		assertTrue(log.path("$schema").asText().contains("sarif"), run.out());
		JsonNode driver = log.path("runs").path(0).path("tool").path("driver");
		assertEquals("DDI Studio", driver.path("name").asText());
		assertTrue(driver.hasNonNull("version"), driver.toString());

		JsonNode rules = driver.path("rules");
		int guidRule = indexOf(rules, "DDI100");
		assertTrue(guidRule >= 0, "DDI100 missing from " + rules);
		assertEquals("MalformedGuid", rules.get(guidRule).path("name").asText());
		assertEquals("Malformed GUID", rules.get(guidRule).path("shortDescription").path("text").asText());
		assertTrue(rules.get(guidRule).path("helpUri").asText().endsWith("#ddi100"), rules.get(guidRule).toString());

		JsonNode results = log.path("runs").path(0).path("results");
		assertEquals(1, results.size(), results.toString());
		JsonNode result = results.get(0);
		assertEquals("DDI003", result.path("ruleId").asText());
		assertEquals(indexOf(rules, "DDI003"), result.path("ruleIndex").asInt(-1));
		assertEquals("error", result.path("level").asText());
		assertTrue(result.path("message").path("text").asText().contains("UNKNOWN_T"), result.toString());
		JsonNode location = result.path("locations").path(0).path("physicalLocation");
		assertEquals("models/odd.ddi", location.path("artifactLocation").path("uri").asText());
		JsonNode region = location.path("region");
		assertEquals(4, region.path("startLine").asInt());
		assertEquals(5, region.path("startColumn").asInt());
		assertEquals(4, region.path("endLine").asInt());
		assertEquals(14, region.path("endColumn").asInt(), "end is exclusive, after UNKNOWN_T");
	}

	@Test
	void cleanModelHasAnEmptyResultList() throws Exception {
		Models.write(dir, "toaster.ddi", Models.TOASTER);
		CliRun run = ddi(dir, "validate", "--format=SARIF", "toaster.ddi");
		assertEquals(0, run.exitCode(), run.describe());
		JsonNode results = new ObjectMapper().readTree(run.out()).path("runs").path(0).path("results");
		assertTrue(results.isArray() && results.isEmpty(), run.out());
	}

	@Test
	void outWritesTheReportAtomically() throws Exception {
		Models.write(dir, "odd.ddi", Models.UNKNOWN_TYPE);
		Path report = Models.write(dir, "reports/ddi.sarif", "stale content");
		CliRun run = ddi(dir, "validate", "--format", "sarif", "--out", "reports/ddi.sarif", "odd.ddi");
		assertEquals(1, run.exitCode(), run.describe());
		assertEquals("", run.out(), "the report goes to the file only");
		JsonNode log = new ObjectMapper().readTree(Files.readString(report));
		assertEquals("DDI003", log.path("runs").path(0).path("results").path(0).path("ruleId").asText());
		try (Stream<Path> files = Files.list(report.getParent())) {
			assertEquals(List.of("ddi.sarif"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files left");
		}
	}

	@Test
	void outIntoAMissingFolderFailsCleanly() {
		Models.write(dir, "odd.ddi", Models.UNKNOWN_TYPE);
		CliRun run = ddi(dir, "validate", "-o", "no/such/folder/report.txt", "odd.ddi").assertNoStackTrace();
		assertEquals(2, run.exitCode(), run.describe());
		assertTrue(run.err().contains("cannot write no/such/folder/report.txt"), run.describe());
		assertTrue(Files.notExists(dir.resolve("no")));
	}

	@Test
	void textReportCanGoToAFile() throws Exception {
		Models.write(dir, "odd.ddi", Models.UNKNOWN_TYPE);
		CliRun run = ddi(dir, "validate", "-o", "report.txt", "odd.ddi");
		assertEquals(1, run.exitCode(), run.describe());
		String report = Files.readString(dir.resolve("report.txt"));
		assertTrue(report.startsWith("odd.ddi:4:5: error DDI003: "), report);
		assertNotNull(report);
	}

	private static int indexOf(JsonNode rules, String id) {
		for (int i = 0; i < rules.size(); i++) {
			if (id.equals(rules.get(i).path("id").asText())) {
				return i;
			}
		}
		return -1;
	}
}
