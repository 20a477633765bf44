/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.core;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.ScenarioSelection;
import org.ddistudio.sim.TraceEntry;
import org.ddistudio.ui.launch.console.SimulationConsole;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.console.MessageConsoleStream;

/**
 * Runs a launch: loads the model, simulates the scenarios (or runs the teardown checker) with progress
 * and cancel, writes the trace to the console, replaces the finding markers and records the run in the
 * {@link RunHistory}. The simulator and checker poll the monitor, so Cancel stops them within an event.
 */
public final class SimulationJob extends Job {

	/** The family of every simulation job (tests and the results view wait for it). */
	public static final Object FAMILY = SimulationJob.class;

	private final RunSettings settings;
	private final PlanRunner runner;
	/** The run this job recorded, once it has. */
	private volatile RunRecord result;

	public SimulationJob(RunSettings settings) {
		this(settings, PlanRunner.SIMULATOR);
	}

	/** A job whose scenarios run through the given runner (the debugger's, which stops between events). */
	public SimulationJob(RunSettings settings, PlanRunner runner) {
		super("DDI Simulation: " + settings.file().getFullPath());
		this.settings = settings;
		this.runner = runner;
		setUser(true);
		setPriority(LONG);
	}

	/** The run this job recorded, or null while it runs (or when it was cancelled before it started). */
	public RunRecord result() {
		return result;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		MessageConsoleStream out = SimulationConsole.start();
		List<ResultNode> items = new ArrayList<>();
		List<FindingMarkers.Spec> markers = new ArrayList<>();
		String error = null;
		try {
			out.println((settings.isCheck() ? "ddi check " : "ddi simulate ") + settings.file().getFullPath());
			progress.subTask("Loading " + settings.file().getName());
			ModelLoader.Loaded loaded = ModelLoader.load(settings.file());
			progress.worked(10);
			loaded.warnings().forEach(w -> out.println("warning: other file: " + w));
			if (!loaded.errors().isEmpty()) {
				loaded.errors().forEach(e -> out.println("error: " + e));
				error = "the model has syntax or reference errors; fix them first";
			} else if (loaded.systems().isEmpty()) {
				error = "no system in " + settings.file().getName();
			} else if (settings.isCheck()) {
				check(loaded.systems(), progress.split(85), out, items, markers);
			} else {
				error = simulate(loaded.systems(), progress.split(85), out, items, markers);
			}
			if (error != null) {
				out.println("ddi: " + error);
			}
			// not the job's monitor: a cancelled run still replaces the markers with what it found
			FindingMarkers.replace(settings.file().getProject(), markers, new NullProgressMonitor());
			progress.worked(5);
		} catch (OperationCanceledException e) {
			out.println("ddi: cancelled");
		} catch (CoreException | RuntimeException e) {
			error = e.getMessage() == null ? e.toString() : e.getMessage();
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			out.println("ddi: internal error: " + trace);
			ILog.of(SimulationJob.class).error("DDI simulation of " + settings.file().getFullPath() + " failed", e);
		}
		boolean cancelled = monitor.isCanceled();
		RunRecord run = new RunRecord(settings.configuration(), settings.file(), settings.mode(), LocalTime.now(), List.copyOf(items),
				cancelled, error);
		out.println("ddi: " + run.title());
		close(out);
		result = run;
		RunHistory.add(run);
		return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/**
	 * Runs the scenarios, every one or those the configuration names (as {@code ddi simulate --scenario}
	 * selects them); returns why it could not (a scenario named in the configuration is gone), or null.
	 */
	private String simulate(List<SystemLayout> systems, SubMonitor monitor, MessageConsoleStream out, List<ResultNode> items,
			List<FindingMarkers.Spec> markers) {
		ScenarioSelection selection = ScenarioSelection.of(systems, settings.scenarios());
		if (selection.problem().isPresent()) {
			return selection.problem().get() + " in " + settings.file().getName();
		}
		List<ScenarioPlan> plans = selection.plans();
		monitor.setWorkRemaining(plans.size());
		for (ScenarioPlan plan : plans) {
			if (monitor.isCanceled()) {
				out.println("ddi: cancelled");
				return null;
			}
			monitor.subTask(plan.system().getName() + ": " + plan.name());
			ScenarioResult result = runner.run(plan, monitor::isCanceled);
			out.println("");
			out.println("scenario " + plan.system().getName() + "." + result.name() + ": " + result.verdict() + " - " + result.summary()
					+ at(result.element()));
			for (TraceEntry entry : result.trace()) {
				out.println("  " + "  ".repeat(Math.max(0, entry.depth())) + entry.step() + ": " + entry.text() + at(entry.element()));
			}
			for (Finding finding : result.findings()) {
				out.println("  finding " + finding.kind().code() + ": " + finding.message() + at(finding.element()));
				markers.add(new FindingMarkers.Spec(ElementLocation.of(finding.element()), finding.kind().code(),
						finding.message() + " (scenario " + result.name() + ")", finding.kind().defaultSeverity()));
			}
			items.add(ResultTrees.of(result, plan.system()));
			monitor.worked(1);
		}
		return null;
	}

	private void check(List<SystemLayout> systems, SubMonitor monitor, MessageConsoleStream out, List<ResultNode> items,
			List<FindingMarkers.Spec> markers) {
		monitor.setWorkRemaining(systems.size());
		for (SystemLayout system : systems) {
			if (monitor.isCanceled()) {
				return;
			}
			monitor.subTask("Checking " + system.getName());
			var options = settings.check().withCancelled(monitor::isCanceled)
					.withProgress(p -> monitor.subTask(String.format(java.util.Locale.ROOT, "Checking %s (%s): %,d states, depth %d, slice %d/%d",
							p.system(), p.origin(), p.states(), p.depth(), p.slice(), p.slices())));
			for (CheckResult result : TeardownChecker.check(system, options)) {
				out.println("");
				out.println("check " + system.getName() + " (" + result.origin() + "): " + result.summary() + at(result.originElement()));
				if (result.counterexample() != null) {
					for (TraceEntry entry : result.counterexample().trace()) {
						out.println("  " + "  ".repeat(Math.max(0, entry.depth())) + entry.step() + ": " + entry.text() + at(entry.element()));
					}
					Finding finding = result.counterexample().finding();
					out.println("  violation " + finding.kind().code() + ": " + finding.message() + at(finding.element()));
					// a defect, as severe as the invariant it violates (the marker keeps the finding's code)
					markers.add(new FindingMarkers.Spec(ElementLocation.of(finding.element()), finding.kind().code(),
							"teardown check: " + finding.message(), result.counterexample().invariant().defaultSeverity()));
				}
				items.add(ResultTrees.of(result));
			}
			monitor.worked(1);
		}
	}

	/** "  (/project/file.ddi:12)" for elements with a source, which the console links. */
	private static String at(org.eclipse.emf.ecore.EObject element) {
		ElementLocation location = ElementLocation.of(element);
		return location == null ? "" : "  (" + location.display() + ")";
	}

	private static void close(MessageConsoleStream out) {
		try {
			out.close();
		} catch (IOException e) {
			// the console flushes on its own; nothing to report to the user
		}
	}
}
