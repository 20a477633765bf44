package org.ddistudio.cli.simulate;

import java.nio.file.Path;

import org.ddistudio.cli.model.DdiWorkspace;

/** One output format of ddi simulate. */
public interface SimulationReport {

	/** Renders the run; locations are resolved through the workspace, paths relative to {@code cwd}. */
	String render(SimulationResults run, DdiWorkspace workspace, Path cwd);
}
