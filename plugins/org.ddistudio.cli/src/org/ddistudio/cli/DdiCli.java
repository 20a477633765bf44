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

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.ddistudio.model.rules.ExitStatus;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Entry point of the ddi command line. {@link #run} is the in-process API (tests, other tools);
 * {@link #main} only turns its result into the process exit status. Every failure ends as an exit code
 * and a one-line message: bad input never shows a Java stack trace.
 */
public final class DdiCli {

	private DdiCli() {
	}

	public static void main(String[] args) {
		int exitCode = run(args, System.out, System.err);
		System.exit(exitCode);
	}

	/** Runs one ddi command line relative to the JVM's working directory; returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(Path.of("").toAbsolutePath(), args, out, err);
	}

	/** Runs one ddi command line with relative paths resolved against {@code cwd}; returns the exit code. */
	public static int run(Path cwd, String[] args, PrintStream out, PrintStream err) {
		// .ddi files are UTF-8; so are our reports, whatever the platform encoding is.
		PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
		PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
		try {
			return commandLine(new CliContext(cwd.toAbsolutePath().normalize(), outWriter, errWriter)).execute(args);
		} catch (Throwable t) { // picocli reports through the handlers below; this is the last safety net
			return internalError(errWriter, t);
		} finally {
			outWriter.flush();
			errWriter.flush();
		}
	}

	/** The configured picocli command tree, for one invocation. */
	static CommandLine commandLine(CliContext context) {
		CommandLine commandLine = new CommandLine(new DdiCommand(context));
		commandLine.setOut(context.out());
		commandLine.setErr(context.err());
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler(executionErrors(context));
		commandLine.setParameterExceptionHandler(usageErrors(context));
		return commandLine;
	}

	/** User-facing problems become "ddi: message"; anything else is a bug and says so. */
	private static IExecutionExceptionHandler executionErrors(CliContext context) {
		return (exception, commandLine, parseResult) -> {
			if (exception instanceof CliException cli) {
				context.err().println("ddi: " + cli.getMessage());
				return cli.exitStatus().code();
			}
			return internalError(context.err(), exception);
		};
	}

	/** Unknown options, missing parameters, bad enum values: the message and where to get help. */
	private static IParameterExceptionHandler usageErrors(CliContext context) {
		return (ParameterException exception, String[] args) -> {
			CommandLine failed = exception.getCommandLine();
			context.err().println("ddi: " + exception.getMessage());
			CommandLine.UnmatchedArgumentException.printSuggestions(exception, context.err());
			context.err().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
			return ExitStatus.USAGE.code();
		};
	}

	private static int internalError(PrintWriter err, Throwable t) {
		OutOfMemoryError outOfMemory = OutOfMemory.find(t);
		if (outOfMemory != null) {
			err.println("ddi: " + OutOfMemory.message(outOfMemory, Runtime.getRuntime().maxMemory()));
			return ExitStatus.USAGE.code();
		}
		err.println("ddi: internal error: " + t);
		if (System.getenv("DDI_DEBUG") != null) {
			t.printStackTrace(err);
		} else {
			err.println("ddi: (set DDI_DEBUG=1 to see the stack trace; please report this)");
		}
		return ExitStatus.USAGE.code();
	}
}
