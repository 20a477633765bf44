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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ddistudio.check.CheckOptions;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.cli.CliContext;
import org.ddistudio.cli.check.CheckFormat;
import org.ddistudio.cli.check.CheckRun;
import org.ddistudio.cli.io.SourceCollector;
import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.SourceRegion;
import org.ddistudio.cli.simulate.SimulationFormat;
import org.ddistudio.cli.simulate.SimulationResults;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioPlans;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ddi check and ddi simulate release the node model after validating (DdiWorkspace.releaseSourceModel):
 * on all bundled examples in one workspace, every element is located as before, and every report, in
 * every format, is byte for byte what it is without the release.
 */
class SourceModelReleaseTest {

	/** Bounds the search so that the test is quick; a bound on states is deterministic, a timeout would not be. */
	private static final long MAX_STATES = 5_000;

	private static Path repository() {
		return Paths.get("../..").toAbsolutePath().normalize();
	}

	/**
	 * All examples in one workspace, as `ddi check examples` loads them from the repository, validated
	 * (the broken example's findings are rule violations, not syntax or reference errors: runnable).
	 */
	private static DdiWorkspace examples() {
		StringWriter ignored = new StringWriter();
		CliContext context = new CliContext(repository(), new PrintWriter(ignored), new PrintWriter(ignored));
		List<SourceFile> files = new SourceCollector(context).collect(List.of("examples"), true);
		DdiWorkspace workspace = DdiWorkspace.load(files);
		assertFalse(workspace.validateFast().isEmpty(), "the broken example's findings");
		return workspace;
	}

	@Test
	void everyElementIsLocatedAsBefore() {
		DdiWorkspace workspace = examples();
		List<EObject> elements = new ArrayList<>();
		for (DdiModel model : workspace.models()) {
			elements.add(model);
			for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
				elements.add(it.next());
			}
		}
		List<Optional<SourceRegion>> before = elements.stream().map(workspace::locate).toList();
		assertTrue(before.stream().allMatch(Optional::isPresent), "every parsed element has a location");

		workspace.releaseSourceModel();

		assertEquals(before, elements.stream().map(workspace::locate).toList());
		assertEquals(Optional.empty(), workspace.locate(null));
		SourceFile file = workspace.files().get(0);
		assertThrows(IllegalStateException.class, workspace::validate);
		assertThrows(IllegalStateException.class, workspace::validateFast);
		assertThrows(IllegalStateException.class, () -> workspace.syntaxErrors(file));
		assertThrows(IllegalStateException.class, () -> workspace.resource(file));
		assertThrows(IllegalStateException.class, workspace::releaseSourceModel);
		assertFalse(workspace.source(file).text().isEmpty(), "the text is still there");
	}

	/**
	 * A reference left unresolved (which the commands refuse before they release) makes the release a
	 * no-op that says so, instead of an error: the workspace keeps its node model and answers as before.
	 */
	@Test
	void anUnresolvedReferenceKeepsTheNodeModelInsteadOfFailing(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("unresolved.ddi");
		Files.writeString(file, "package p\ndriver D function KMDF {\n    consume NoSuchInterface\n}\n", StandardCharsets.UTF_8);
		SourceFile source = new SourceFile(file, "unresolved.ddi");
		DdiWorkspace workspace = DdiWorkspace.load(List.of(source));
		List<String> before = workspace.validateFast().stream().map(f -> f.line() + ":" + f.column() + " " + f.code()).toList();
		assertTrue(before.contains("3:13 DDI002"), before.toString());
		EObject consumer = workspace.models().get(0).eAllContents().next().eContents().get(0);
		Optional<SourceRegion> located = workspace.locate(consumer);

		assertFalse(workspace.releaseSourceModelIfPossible(), "refused: a reference is unresolved");

		assertEquals(before, workspace.validateFast().stream().map(f -> f.line() + ":" + f.column() + " " + f.code()).toList());
		assertEquals(located, workspace.locate(consumer));
		assertTrue(examples().releaseSourceModelIfPossible(), "a resolved workspace is released");
	}

	@Test
	void reportsOfTheSameRunAreTheSameBeforeAndAfterTheRelease() {
		DdiWorkspace workspace = examples();
		SimulationResults simulation = simulate(workspace);
		CheckRun check = check(workspace);
		Map<String, String> before = render(simulation, check, workspace);
		assertTrue(before.get("simulate text").contains("examples/"), "the reports carry locations:\n" + before.get("simulate text"));
		assertTrue(before.get("check sarif").contains("\"startLine\""), before.get("check sarif"));

		workspace.releaseSourceModel();

		assertEquals(before, render(simulation, check, workspace));
	}

	/** The commands (which release) against a workspace that keeps its node model: the same reports. */
	@Test
	void theCommandsReportAsWithoutTheRelease() {
		DdiWorkspace kept = examples();
		SimulationResults simulation = simulate(kept);
		CheckRun check = check(kept);
		for (SimulationFormat format : SimulationFormat.values()) {
			CliRun run = ddi(repository(), "simulate", "--format", format.name(), "examples").assertNoStackTrace();
			assertEquals(format.create().render(simulation, kept, repository()), run.out(), "simulate --format " + format + "\n" + run.err());
		}
		for (CheckFormat format : CheckFormat.values()) {
			CliRun run = ddi(repository(), "check", "--max-states", "" + MAX_STATES, "--format", format.name(), "examples").assertNoStackTrace();
			assertEquals(withoutTimes(format.create().render(check, kept, repository())), withoutTimes(run.out()),
					"check --format " + format + "\n" + run.err());
		}
	}

	/** Every report of both runs, by command and format. */
	private static Map<String, String> render(SimulationResults simulation, CheckRun check, DdiWorkspace workspace) {
		Map<String, String> reports = new LinkedHashMap<>();
		for (SimulationFormat format : SimulationFormat.values()) {
			reports.put("simulate " + format, format.create().render(simulation, workspace, repository()));
		}
		for (CheckFormat format : CheckFormat.values()) {
			reports.put("check " + format, format.create().render(check, workspace, repository()));
		}
		return reports;
	}

	/** What ddi simulate runs: every scenario plan of every system, in model order. */
	private static SimulationResults simulate(DdiWorkspace workspace) {
		List<SimulationResults.SystemResults> systems = new ArrayList<>();
		for (SystemLayout system : systems(workspace)) {
			List<ScenarioResult> results = new ArrayList<>();
			for (ScenarioPlan plan : ScenarioPlans.of(system)) {
				results.add(Simulator.run(plan, () -> false));
			}
			systems.add(new SimulationResults.SystemResults(system, results));
		}
		return new SimulationResults(systems);
	}

	/** What ddi check --max-states MAX_STATES runs. */
	private static CheckRun check(DdiWorkspace workspace) {
		CheckOptions options = CheckOptions.defaults().withMaxStates(MAX_STATES).withTimeout(Duration.ofSeconds(300));
		List<CheckResult> results = new ArrayList<>();
		for (SystemLayout system : systems(workspace)) {
			results.addAll(TeardownChecker.check(system, options));
		}
		return new CheckRun(results, options);
	}

	private static List<SystemLayout> systems(DdiWorkspace workspace) {
		List<SystemLayout> systems = new ArrayList<>();
		for (DdiModel model : workspace.models()) {
			for (Declaration declaration : model.getDeclarations()) {
				if (declaration instanceof SystemLayout system) {
					systems.add(system);
				}
			}
		}
		assertFalse(systems.isEmpty());
		return systems;
	}

	/** The search's wall-clock times (text "N ms", JSON elapsedMs, JUnit time), the only part two runs may differ in. */
	private static String withoutTimes(String report) {
		return report.replaceAll("\\d+ ms\\b", "_ ms").replaceAll("\"elapsedMs\" ?: ?\\d+", "\"elapsedMs\":_")
				.replaceAll("time=\"[0-9.]+\"", "time=\"_\"");
	}
}
