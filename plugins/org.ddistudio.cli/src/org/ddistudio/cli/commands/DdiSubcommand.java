package org.ddistudio.cli.commands;

import java.util.concurrent.Callable;

import org.ddistudio.cli.CliContext;
import org.ddistudio.cli.DdiCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Base of every ddi subcommand: standard help options and access to the invocation's streams and
 * working directory. A subcommand implements {@link #call()} and returns an {@link org.ddistudio.cli.ExitCode};
 * problems the user can fix are thrown as {@link org.ddistudio.cli.CliException}.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public abstract class DdiSubcommand implements Callable<Integer> {

	@ParentCommand
	private DdiCommand parent;

	/** Streams and working directory of this invocation. */
	protected CliContext context() {
		return parent.context();
	}
}
