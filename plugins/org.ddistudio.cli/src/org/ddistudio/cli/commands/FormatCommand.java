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
import java.util.List;

import org.ddistudio.cli.CliException;
import org.ddistudio.cli.io.AtomicFiles;
import org.ddistudio.cli.io.IoErrors;
import org.ddistudio.cli.io.LineEndings;
import org.ddistudio.cli.io.SourceCollector;
import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.io.SourceText;
import org.ddistudio.cli.model.DdiLanguage;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.ValidationFinding;
import org.ddistudio.cli.report.TextReport;
import org.ddistudio.dsl.formatting2.DdiFormatting;
import org.ddistudio.dsl.resource.ParallelParser;
import org.ddistudio.dsl.resource.ParallelParser.SourceModel;
import org.ddistudio.model.rules.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ddi format: lays out .ddi files the way the editor's formatter does. Files with syntax errors are
 * refused and never touched (formatting a half-parsed file could rearrange what the user is still
 * typing); --in-place only writes files whose text actually changes, atomically.
 */
@Command(name = "format", description = { "Formats .ddi files with the DDI Studio formatter.",
		"Prints the formatted text, or rewrites the files with --in-place. Files with syntax errors are left alone." },
		footer = { "", "Exit status: 0 success, 1 a file has syntax errors (or would change, with --check),",
				"2 bad usage or unreadable input." })
public final class FormatCommand extends DdiSubcommand {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = ".ddi files to format")
	private List<String> paths;

	@Option(names = { "-i", "--in-place" }, description = "Rewrite the files instead of printing them (only files that change).")
	private boolean inPlace;

	@Option(names = "--check", description = "Change nothing; list the files that are not formatted and exit 1 if there are any.")
	private boolean check;

	@Override
	public Integer call() {
		if (inPlace && check) {
			throw new CliException("--in-place and --check cannot be combined");
		}
		List<SourceFile> files = new SourceCollector(context()).collect(paths, false);
		// The formatter works on the node model: keep it.
		DdiWorkspace workspace = DdiWorkspace.load(files, ParallelParser.defaultThreads(files.size()), SourceModel.KEEP);
		// The language's shared formatting service: the same layout as "Format" in the editor.
		DdiFormatting formatter = DdiLanguage.injector().getInstance(DdiFormatting.class);
		int exitCode = ExitStatus.OK.code();
		for (SourceFile file : files) {
			exitCode = Math.max(exitCode, format(workspace, formatter, file));
		}
		return exitCode;
	}

	private int format(DdiWorkspace workspace, DdiFormatting formatter, SourceFile file) {
		SourceText source = workspace.source(file);
		List<ValidationFinding> syntaxErrors = workspace.syntaxErrors(file);
		if (!syntaxErrors.isEmpty()) {
			context().err().println(TextReport.line(syntaxErrors.get(0)));
			context().err().println("ddi: " + file.displayPath() + " has syntax errors; not formatted");
			return ExitStatus.FINDINGS.code();
		}
		if (!source.validUtf8() && (inPlace || check)) {
			// Rewriting would turn the undecodable bytes into U+FFFD for good.
			context().err().println("ddi: " + file.displayPath() + " is not valid UTF-8; not formatted");
			return ExitStatus.USAGE.code();
		}
		String formatted = LineEndings.like(source.text(), formatter.format(workspace.resource(file)));
		boolean changes = !formatted.equals(source.text());
		if (check) {
			if (changes) {
				context().out().println(file.displayPath());
				context().out().flush();
			}
			return changes ? ExitStatus.FINDINGS.code() : ExitStatus.OK.code();
		}
		if (!inPlace) {
			context().out().print(formatted);
			context().out().flush();
		} else if (changes) {
			try {
				AtomicFiles.write(file.path(), source.encode(formatted));
			} catch (IOException e) {
				throw new CliException("cannot write " + file.displayPath() + ": " + IoErrors.describe(e));
			}
			context().err().println("formatted " + file.displayPath());
		}
		return ExitStatus.OK.code();
	}
}
