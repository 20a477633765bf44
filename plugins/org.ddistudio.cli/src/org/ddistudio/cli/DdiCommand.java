/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli;

import java.util.concurrent.Callable;

import org.ddistudio.cli.commands.DiagramCommand;
import org.ddistudio.cli.commands.FormatCommand;
import org.ddistudio.cli.commands.GenerateCommand;
import org.ddistudio.cli.commands.LspCommand;
import org.ddistudio.cli.commands.SimulateCommand;
import org.ddistudio.cli.commands.ValidateCommand;
import org.ddistudio.model.rules.ExitStatus;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command "ddi". It only dispatches: each subcommand is a class of its own in
 * org.ddistudio.cli.commands, and a new one (simulate, check, generate) is added by listing it here.
 */
@Command(name = "ddi", mixinStandardHelpOptions = true, versionProvider = DdiVersion.class,
		description = "DDI Studio on the command line: checks, formats and simulates driver-defined interface models (.ddi files).",
		subcommands = { ValidateCommand.class, FormatCommand.class, SimulateCommand.class, DiagramCommand.class, GenerateCommand.class, LspCommand.class, org.ddistudio.cli.commands.CheckCommand.class, CommandLine.HelpCommand.class },
		footer = { "", "Exit status: 0 success, 1 problems in the input, 2 bad usage or unreadable input.",
				"Run 'ddi COMMAND --help' for the options of a command." })
public final class DdiCommand implements Callable<Integer> {

	private final CliContext context;

	@Spec
	private CommandSpec spec;

	public DdiCommand(CliContext context) {
		this.context = context;
	}

	/** The environment of this invocation, for the subcommands. */
	public CliContext context() {
		return context;
	}

	/** "ddi" without a command is a usage error: show what there is to run. */
	@Override
	public Integer call() {
		context.err().println("ddi: missing command");
		spec.commandLine().usage(context.err());
		return ExitStatus.USAGE.code();
	}
}
