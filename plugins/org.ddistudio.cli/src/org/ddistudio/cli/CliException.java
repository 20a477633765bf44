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
