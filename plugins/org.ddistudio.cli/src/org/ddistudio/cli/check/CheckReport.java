package org.ddistudio.cli.check;

import java.nio.file.Path;

import org.ddistudio.cli.model.DdiWorkspace;

/** One output format of ddi check. */
public interface CheckReport {

	/** Renders the run; locations are resolved through the workspace, paths relative to {@code cwd}. */
	String render(CheckRun run, DdiWorkspace workspace, Path cwd);
}
