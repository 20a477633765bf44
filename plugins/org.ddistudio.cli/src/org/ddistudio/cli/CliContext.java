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

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What a command needs from its environment, passed in instead of read from globals so that tests can
 * run commands in-process with their own streams and working directory.
 *
 * @param cwd the directory relative paths are resolved against and reported relative to
 * @param out the command's result (diagnostics, formatted text, SARIF)
 * @param err progress, summaries and error messages
 */
public record CliContext(Path cwd, PrintWriter out, PrintWriter err) {

	/** The absolute, normalised path of a path argument. */
	public Path resolve(String argument) {
		return cwd.resolve(argument).toAbsolutePath().normalize();
	}
}
