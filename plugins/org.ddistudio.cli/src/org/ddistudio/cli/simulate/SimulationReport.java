/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.simulate;

import java.nio.file.Path;

import org.ddistudio.cli.model.DdiWorkspace;

/** One output format of ddi simulate. */
public interface SimulationReport {

	/** Renders the run; locations are resolved through the workspace, paths relative to {@code cwd}. */
	String render(SimulationResults run, DdiWorkspace workspace, Path cwd);
}
