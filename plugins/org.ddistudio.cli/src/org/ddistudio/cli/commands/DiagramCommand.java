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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ddistudio.cli.CliException;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.diagram.DotExport;
import org.ddistudio.diagram.StackDiagrams;
import org.ddistudio.diagram.SvgExport;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.rules.ExitStatus;

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
		DdiWorkspace workspace = loadRunnable(paths);
		SystemLayout system = pick(workspace);
		String text = format == Format.svg ? SvgExport.toSvg(StackDiagrams.layout(system, Set.of())) : DotExport.toDot(system);
		writeOutput(out, text);
		return ExitStatus.OK.code();
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
