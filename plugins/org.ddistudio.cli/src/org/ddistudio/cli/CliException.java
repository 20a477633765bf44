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

import org.ddistudio.model.rules.ExitStatus;

/**
 * A problem the user can fix (missing path, unreadable file, wrong option value). It is reported as one
 * line "ddi: message" without a stack trace; anything else escaping a command is an internal error.
 */
public class CliException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final ExitStatus exitStatus;

	public CliException(String message) {
		this(message, ExitStatus.USAGE);
	}

	public CliException(String message, ExitStatus exitStatus) {
		super(message);
		this.exitStatus = exitStatus;
	}

	public ExitStatus exitStatus() {
		return exitStatus;
	}
}
