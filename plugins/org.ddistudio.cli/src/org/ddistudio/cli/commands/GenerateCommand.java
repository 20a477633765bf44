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
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddistudio.cli.CliException;
import org.ddistudio.cli.io.OutputNames;
import org.ddistudio.cli.io.StagedWrite;
import org.ddistudio.cli.io.IoErrors;
import org.ddistudio.cli.io.SourceCollector;
import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.ValidationFinding;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.generator.DdiGenerator;
import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.GeneratedMark;
import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.model.rules.ExitStatus;
import org.ddistudio.model.rules.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ddi generate: WDK headers for the interfaces and types, and KMDF producer/consumer code for the
 * KMDF drivers, of a model free of errors. Files in the output folder are replaced atomically, and
 * only if they carry the generated mark: a file someone wrote or took over is never overwritten.
 */
@Command(name = "generate", description = { "Generates WDK headers and KMDF producer/consumer code from .ddi files.",
		"All files are read together; the model must have no errors (ddi validate shows them)." },
		footer = { "", "Exit status: 0 files generated, 1 the model has validation errors or an output file without the generated mark",
				"is in the way (nothing is written then), 2 bad usage or input (syntax or reference errors, unreadable files,",
				"two outputs of one name, also when they differ only by case; nothing is written then).",
				"A run that fails while writing puts the old files back: it writes all of its files or none." })
public final class GenerateCommand extends DdiSubcommand {

	/** Rules whose violation leaves a model that cannot even be read as intended: syntax and references. */
	private static final Set<String> INPUT_ERRORS = Set.of(DdiRule.SYNTAX_ERROR.code(), DdiRule.UNRESOLVED_REFERENCE.code(),
			DdiRule.UNKNOWN_TYPE.code(), DdiRule.UNKNOWN_TARGET_DEVICE.code(), DdiRule.INVALID_NUMBER.code());

	/** The --headers values, as typed. */
	enum Headers {
		/** One header per .ddi file. */
		per_file(HeaderLayout.PER_FILE),
		/** One header per interface. */
		per_interface(HeaderLayout.PER_INTERFACE);

		final HeaderLayout layout;

		Headers(HeaderLayout layout) {
			this.layout = layout;
		}
	}

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".ddi files, or folders to search recursively for *.ddi")
	private List<String> paths;

	@Option(names = { "-o", "--out" }, paramLabel = "DIR", required = true, description = "Folder to write the generated files to (created if missing).")
	private String out;

	@Option(names = "--headers", paramLabel = "LAYOUT", defaultValue = "per-file",
			converter = HeadersConverter.class, description = "per-file (one header per .ddi file, default) or per-interface.")
	private Headers headers;

	/** Accepts the dashed spelling users type. */
	static final class HeadersConverter implements picocli.CommandLine.ITypeConverter<Headers> {
		@Override
		public Headers convert(String value) {
			try {
				return Headers.valueOf(value.replace('-', '_'));
			} catch (IllegalArgumentException e) {
				throw new picocli.CommandLine.TypeConversionException("expected per-file or per-interface, not '" + value + "'");
			}
		}
	}

	@Override
	public Integer call() {
		List<SourceFile> files = new SourceCollector(context()).collect(paths, true);
		DdiWorkspace workspace = DdiWorkspace.load(files);
		List<ValidationFinding> errors = workspace.validate().stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			for (ValidationFinding f : errors) {
				context().err().println(f.file().displayPath() + ":" + f.line() + ":" + f.column() + ": error " + f.code() + ": " + f.message());
			}
			boolean input = errors.stream().anyMatch(f -> INPUT_ERRORS.contains(f.code()));
			throw new CliException(input ? "the model has syntax or reference errors; nothing generated"
					: "the model has " + Plural.of(errors.size(), "error") + "; nothing generated (ddi validate shows all problems)",
					input ? ExitStatus.USAGE : ExitStatus.FINDINGS);
		}
		List<GeneratedFile> generated = DdiGenerator.generate(workspace.models(), headers.layout);
		refuseCollisions(generated);
		Path directory = outputDirectory();
		refuseForeignFiles(directory, generated);
		Map<Path, byte[]> changed = new LinkedHashMap<>();
		for (GeneratedFile file : generated) {
			Path target = directory.resolve(file.path());
			byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
			try {
				// An unchanged file keeps its timestamp, so a build does not recompile what did not change.
				if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
					changed.put(target, content);
				}
			} catch (IOException e) {
				throw new CliException("cannot read " + target + ": " + IoErrors.describe(e));
			}
		}
		try {
			StagedWrite.writeAll(changed);
		} catch (IOException e) {
			throw new CliException("cannot write into " + out + ": " + IoErrors.describe(e) + "; nothing written (the old files are kept)");
		}
		int written = changed.size();
		context().err().println("ddi: " + Plural.of(generated.size(), "file") + " generated in " + out + " (" + written + " written, "
				+ (generated.size() - written) + " unchanged)");
		return ExitStatus.OK.code();
	}

	private Path outputDirectory() {
		try {
			Path directory = context().resolve(out);
			if (Files.exists(directory) && !Files.isDirectory(directory)) {
				throw new CliException("--out " + out + " is not a folder");
			}
			return Files.createDirectories(directory);
		} catch (IOException e) {
			throw new CliException("cannot create " + out + ": " + IoErrors.describe(e));
		} catch (InvalidPathException e) {
			throw new CliException("not a valid path: " + out);
		}
	}

	/**
	 * Every output name of the run, checked before anything is written: two files of one name (or of
	 * names that differ only by case) are refused with both sources named, as is a name too long to write.
	 */
	private void refuseCollisions(List<GeneratedFile> generated) {
		List<String> problems = OutputNames.problems(generated);
		if (!problems.isEmpty()) {
			for (String problem : problems) {
				context().err().println("ddi: " + problem);
			}
			throw new CliException("nothing generated: rename the files or declarations above", ExitStatus.USAGE);
		}
	}

	/** Checked before anything is written, so a refusal leaves the folder as it was. */
	private void refuseForeignFiles(Path directory, List<GeneratedFile> generated) {
		List<String> foreign = new ArrayList<>();
		for (GeneratedFile file : generated) {
			Path target = directory.resolve(file.path());
			if (!Files.exists(target)) {
				continue;
			}
			if (!Files.isRegularFile(target)) {
				foreign.add(file.path() + " (not a regular file)");
				continue;
			}
			try {
				if (!GeneratedMark.isGenerated(Files.readString(target, StandardCharsets.UTF_8))) {
					foreign.add(file.path());
				}
			} catch (MalformedInputException e) {
				foreign.add(file.path());
			} catch (IOException e) {
				throw new CliException("cannot read " + target + ": " + IoErrors.describe(e));
			}
		}
		if (!foreign.isEmpty()) {
			for (String path : foreign) {
				context().err().println("ddi: " + out + "/" + path + " exists and has no '" + GeneratedMark.MARK + "' mark; not overwriting it");
			}
			throw new CliException("nothing generated: move or delete the files above, or choose another --out", ExitStatus.FINDINGS);
		}
	}
}
