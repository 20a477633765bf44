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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ddistudio.check.CheckOptions;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.check.Progress;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.cli.CliException;
import org.ddistudio.cli.check.CheckFormat;
import org.ddistudio.cli.check.CheckRun;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.rules.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ddi check: the exhaustive teardown checker. Explores every interleaving of removal events of the
 * described systems breadth first and reports pass, a shortest counterexample (as a trace, a SARIF code
 * flow and a regression scenario), or inconclusive with the bound that was hit.
 */
@Command(name = "check", description = { "Explores every order of teardown events (removal, query-remove with veto and cancel, surprise removal,",
		"remote-target callbacks, consumer calls, unloads) of the systems in the given .ddi files and checks the teardown invariants." },
		footer = { "", "Exit status: 0 pass, 1 defect (a counterexample is reported), 3 inconclusive (a bound was hit first),",
				"2 bad usage or input (syntax errors, unresolved references, unreadable files, no system)." })
public final class CheckCommand extends DdiSubcommand {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = ".ddi files, or folders to search recursively for *.ddi")
	private List<String> paths;

	@Option(names = "--max-states", paramLabel = "N", defaultValue = "" + CheckOptions.DEFAULT_MAX_STATES,
			description = "Distinct states explored per system and start state before giving up (default: ${DEFAULT-VALUE}).")
	private long maxStates;

	@Option(names = "--max-depth", paramLabel = "N", defaultValue = "" + CheckOptions.DEFAULT_MAX_DEPTH,
			description = "Longest event sequence explored (default: ${DEFAULT-VALUE}).")
	private int maxDepth;

	@Option(names = "--timeout", paramLabel = "S", defaultValue = "300", description = "Wall-clock seconds for the whole run (default: ${DEFAULT-VALUE}).")
	private long timeoutSeconds;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private CheckFormat format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write the report to FILE (replaced atomically).")
	private String out;

	@Option(names = "--after-scenarios", description = "Also explore from the state each scenario of a system ends in.")
	private boolean afterScenarios;

	@Option(names = "--no-reduction", description = "Explore the whole system at once instead of independent slices (slower; for comparison).")
	private boolean noReduction;

	@Override
	public Integer call() {
		if (maxStates <= 0 || maxDepth <= 0 || timeoutSeconds <= 0) {
			throw new CliException("--max-states, --max-depth and --timeout must be positive");
		}
		DdiWorkspace workspace = loadRunnable(paths);
		List<SystemLayout> systems = workspace.systems();
		if (systems.isEmpty()) {
			throw new CliException("no system in the given files");
		}
		long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
		CheckOptions base = CheckOptions.defaults().withMaxStates(maxStates).withMaxDepth(maxDepth).withReduce(!noReduction)
				.withAfterScenarios(afterScenarios).withProgress(this::progress);
		List<CheckResult> results = new ArrayList<>();
		for (SystemLayout system : systems) {
			// one deadline for the whole run: each system gets what is left of it
			Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
			context().err().println("ddi: checking " + system.getName() + " ...");
			context().err().flush();
			for (CheckResult result : TeardownChecker.check(system, base.withTimeout(left))) {
				results.add(result);
				context().err().println("ddi: " + system.getName() + " (" + result.origin() + "): " + result.verdict());
			}
		}
		CheckRun run = new CheckRun(results, base.withTimeout(Duration.ofSeconds(timeoutSeconds)));
		writeOutput(out, format.create().render(run, workspace, context().cwd()));
		context().err().println("ddi: " + results.size() + " check(s): " + run.count(CheckVerdict.PASS) + " pass, " + run.count(CheckVerdict.DEFECT) + " defect, "
				+ run.count(CheckVerdict.INCONCLUSIVE) + " inconclusive");
		return ExitStatus.of(run.count(CheckVerdict.DEFECT) > 0, run.count(CheckVerdict.INCONCLUSIVE) > 0).code();
	}

	/** About once a second while a search runs: states explored, frontier, depth. */
	private void progress(Progress p) {
		context().err().println(String.format(java.util.Locale.ROOT, "ddi: %s (%s): %,d states, frontier %,d, depth %d, slice %d/%d, %.1f s", p.system(),
				p.origin(), p.states(), p.frontier(), p.depth(), p.slice(), p.slices(), p.elapsedMs() / 1000.0));
		context().err().flush();
	}

}
