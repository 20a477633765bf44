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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.ddistudio.cli.CliContext;
import org.ddistudio.cli.CliException;
import org.ddistudio.cli.DdiCommand;
import org.ddistudio.cli.io.AtomicFiles;
import org.ddistudio.cli.io.IoErrors;
import org.ddistudio.cli.io.SourceCollector;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.ValidationFinding;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.rules.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Base of every ddi subcommand: standard help options and access to the invocation's streams and
 * working directory. A subcommand implements {@link #call()} and returns the code of an {@link org.ddistudio.model.rules.ExitStatus};
 * problems the user can fix are thrown as {@link org.ddistudio.cli.CliException}.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public abstract class DdiSubcommand implements Callable<Integer> {

	/** Problems that leave a model nothing can run on: syntax and unresolved references. */
	private static final Set<String> UNRUNNABLE = Set.of(DdiRule.SYNTAX_ERROR.code(), DdiRule.UNRESOLVED_REFERENCE.code(),
			DdiRule.UNKNOWN_TYPE.code(), DdiRule.UNKNOWN_TARGET_DEVICE.code(), DdiRule.INVALID_NUMBER.code());

	@ParentCommand
	private DdiCommand parent;

	/** Streams and working directory of this invocation. */
	protected CliContext context() {
		return parent.context();
	}

	/**
	 * Loads the .ddi files of the paths into one workspace for a command that runs the model
	 * (simulate, check, diagram): syntax and reference errors are printed and end the command with
	 * exit 2; other rule violations do not stop it (a model with mistakes is what one simulates).
	 * Then releases what only parsing, linking and validation need (the node model, Xtext's caches,
	 * the indexes; see {@link DdiWorkspace#releaseSourceModelIfPossible()}): the run holds the model and the
	 * elements' source locations only, which leaves ddi check's search most of the heap.
	 */
	protected DdiWorkspace loadRunnable(List<String> paths) {
		DdiWorkspace workspace = DdiWorkspace.load(new SourceCollector(context()).collect(paths, true));
		List<ValidationFinding> blocking = workspace.validateFast().stream()
				.filter(f -> f.severity() == Severity.ERROR && UNRUNNABLE.contains(f.code())).toList();
		if (!blocking.isEmpty()) {
			for (ValidationFinding f : blocking) {
				context().err().println(f.file().displayPath() + ":" + f.line() + ":" + f.column() + ": error " + f.code() + ": " + f.message());
			}
			throw new CliException("the model has syntax or reference errors; fix them first (ddi validate shows all problems)");
		}
		workspace.releaseSourceModelIfPossible();
		return workspace;
	}

	/** Prints a report to standard output, or writes it to {@code out} (relative to the working directory) atomically. */
	protected void writeOutput(String out, String report) {
		if (out == null) {
			context().out().print(report);
			context().out().flush();
			return;
		}
		try {
			AtomicFiles.write(context().resolve(out), report.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CliException("cannot write " + out + ": " + IoErrors.describe(e));
		} catch (InvalidPathException e) {
			throw new CliException("not a valid path: " + out);
		}
	}
}
