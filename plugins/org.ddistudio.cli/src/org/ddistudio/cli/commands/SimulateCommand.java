/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.ddistudio.cli.CliException;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.simulate.SimulationFormat;
import org.ddistudio.cli.simulate.SimulationResults;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.rules.ExitStatus;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.ScenarioSelection;
import org.ddistudio.sim.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ddi simulate: runs the scenarios of the described systems (or their implied lifecycle) in the
 * embedded KMDF/PnP stack simulator and reports traces, findings and a verdict per scenario.
 */
@Command(name = "simulate", description = { "Runs the scenarios of the systems in the given .ddi files in the stack simulator.",
		"A system without scenarios gets its implied lifecycle: start, use, orderly and surprise removal of each device." },
		footer = { "", "Exit status: 0 every expectation met and no unexpected bug check, 1 otherwise, 2 bad usage or input",
				"(syntax errors, unresolved references, unreadable files, unknown scenario)." })
public final class SimulateCommand extends DdiSubcommand {


	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".ddi files, or folders to search recursively for *.ddi")
	private List<String> paths;

	@Option(names = "--scenario", paramLabel = "NAME", description = "Run only this scenario (repeatable).")
	private List<String> scenarios = new ArrayList<>();

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private SimulationFormat format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write the report to FILE (replaced atomically).")
	private String out;

	@Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
			description = "Stop after this many seconds (default: ${DEFAULT-VALUE}); the run then fails.")
	private long timeoutSeconds;

	@Override
	public Integer call() {
		DdiWorkspace workspace = loadRunnable(paths);
		ScenarioSelection selection = ScenarioSelection.of(workspace.systems(), scenarios);
		selection.problem().ifPresent(problem -> {
			throw new CliException(problem);
		});
		long total = selection.plans().size();
		if (total == 0) {
			throw new CliException("no system in the given files");
		}
		Map<SystemLayout, List<ScenarioPlan>> planned = new LinkedHashMap<>();
		selection.plans().forEach(plan -> planned.computeIfAbsent(plan.system(), s -> new ArrayList<>()).add(plan));
		long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
		BooleanSupplier cancelled = () -> System.nanoTime() > deadline;
		List<SimulationResults.SystemResults> systems = new ArrayList<>();
		int done = 0;
		for (Map.Entry<SystemLayout, List<ScenarioPlan>> system : planned.entrySet()) {
			List<ScenarioResult> results = new ArrayList<>();
			for (ScenarioPlan plan : system.getValue()) {
				context().err().println("ddi: [" + (++done) + "/" + total + "] " + system.getKey().getName() + ": " + plan.name());
				results.add(Simulator.run(plan, cancelled));
				if (cancelled.getAsBoolean()) {
					context().err().println("ddi: timed out after " + timeoutSeconds + " s; the remaining scenarios were not run");
					break;
				}
			}
			systems.add(new SimulationResults.SystemResults(system.getKey(), results));
		}
		SimulationResults run = new SimulationResults(systems);
		String report = format.create().render(run, workspace, context().cwd());
		writeOutput(out, report);
		context().err().println("ddi: " + run.scenarios() + " scenario(s), " + run.failed() + " failed");
		boolean complete = run.scenarios() == total && !cancelled.getAsBoolean();
		// a run its timeout cut fails (a CI job must not pass it), unlike ddi check's inconclusive
		return ExitStatus.of(run.failed() > 0 || !complete, false).code();
	}

}
