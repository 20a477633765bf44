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

import java.util.List;

import org.ddistudio.cli.io.SourceCollector;
import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.ValidationFinding;
import org.ddistudio.cli.report.ReportFormat;
import org.ddistudio.model.rules.ExitStatus;
import org.ddistudio.model.rules.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ddi validate: parses all given files into one model (references across files resolve), runs every
 * rule and reports the findings. The exit code is what CI needs: 0 without errors, 1 with errors.
 */
@Command(name = "validate", description = { "Checks .ddi files: syntax, references and every DDI rule.",
		"All files are checked together, so declarations in one file may use those of another." },
		footer = { "", "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage or unreadable input." })
public final class ValidateCommand extends DdiSubcommand {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".ddi files, or folders to search recursively for *.ddi")
	private List<String> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private ReportFormat format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE",
			description = "Write the report to FILE (replaced atomically) instead of standard output.")
	private String out;

	@Override
	public Integer call() {
		List<SourceFile> files = new SourceCollector(context()).collect(paths, true);
		DdiWorkspace workspace = DdiWorkspace.load(files);
		warnAboutEncoding(workspace);
		List<ValidationFinding> findings = workspace.validate();
		String report = format.create().render(findings, context().cwd());
		writeOutput(out, report);
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		long notes = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
		context().err().println(Plural.of(errors, "error") + ", " + Plural.of(warnings, "warning")
				+ (notes > 0 ? ", " + Plural.of(notes, "note") : "") + " in " + Plural.of(files.size(), "file"));
		return ExitStatus.ofSeverities(findings.stream().map(ValidationFinding::severity).toList()).code();
	}

	private void warnAboutEncoding(DdiWorkspace workspace) {
		for (SourceFile file : workspace.files()) {
			if (!workspace.source(file).validUtf8()) {
				context().err().println("ddi: warning: " + file.displayPath() + " is not valid UTF-8; invalid bytes were read as U+FFFD");
			}
		}
	}

}
