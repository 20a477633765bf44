package org.ddistudio.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ddistudio.cli.CliException;
import org.ddistudio.cli.ExitCode;
import org.ddistudio.cli.io.AtomicFiles;
import org.ddistudio.cli.io.IoErrors;
import org.ddistudio.cli.io.SourceCollector;
import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.model.Finding;
import org.ddistudio.cli.model.Severity;
import org.ddistudio.diagram.DotExport;
import org.ddistudio.diagram.StackDiagrams;
import org.ddistudio.diagram.SvgExport;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ddi diagram: the device tree and stacks of a system as SVG (laid out with ELK) or Graphviz DOT. */
@Command(name = "diagram", description = { "Draws a system: its device tree, each stack with its drivers and interfaces,",
		"and the remote targets across stacks." },
		footer = { "", "Exit status: 0 written, 2 bad usage or input (syntax or reference errors, no or unknown system)." })
public final class DiagramCommand extends DdiSubcommand {

	/** Formats of the drawing. */
	public enum Format {
		svg, dot
	}

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".ddi files, or folders to search recursively for *.ddi")
	private List<String> paths;

	@Option(names = "--system", paramLabel = "NAME", description = "The system to draw, when the files declare several.")
	private String systemName;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg", description = "svg or dot (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write to FILE (replaced atomically) instead of standard output.")
	private String out;

	@Override
	public Integer call() {
		List<SourceFile> files = new SourceCollector(context()).collect(paths, true);
		DdiWorkspace workspace = DdiWorkspace.load(files);
		List<Finding> blocking = workspace.validate().stream().filter(f -> f.severity() == Severity.ERROR
				&& (f.code().equals(DdiRule.SYNTAX_ERROR.code()) || f.code().equals(DdiRule.UNRESOLVED_REFERENCE.code())
						|| f.code().equals(DdiRule.UNKNOWN_TARGET_DEVICE.code()))).toList();
		if (!blocking.isEmpty()) {
			blocking.forEach(f -> context().err().println(f.file().displayPath() + ":" + f.line() + ":" + f.column() + ": error " + f.code() + ": " + f.message()));
			throw new CliException("the model has syntax or reference errors; fix them first");
		}
		SystemLayout system = pick(workspace);
		String text = format == Format.svg ? SvgExport.toSvg(StackDiagrams.layout(system, Set.of())) : DotExport.toDot(system);
		if (out == null) {
			context().out().print(text);
			context().out().flush();
		} else {
			try {
				AtomicFiles.write(context().resolve(out), text.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new CliException("cannot write " + out + ": " + IoErrors.describe(e));
			} catch (InvalidPathException e) {
				throw new CliException("not a valid path: " + out);
			}
		}
		return ExitCode.OK;
	}

	private SystemLayout pick(DdiWorkspace workspace) {
		List<SystemLayout> systems = new ArrayList<>();
		for (DdiModel model : workspace.models()) {
			for (Declaration declaration : model.getDeclarations()) {
				if (declaration instanceof SystemLayout system && (systemName == null || systemName.equals(system.getName()))) {
					systems.add(system);
				}
			}
		}
		if (systems.isEmpty()) {
			throw new CliException(systemName == null ? "no system in the given files" : "no system named " + systemName);
		}
		if (systems.size() > 1) {
			throw new CliException("the files declare several systems ("
					+ String.join(", ", systems.stream().map(SystemLayout::getName).toList()) + "): choose one with --system");
		}
		return systems.get(0);
	}
}
