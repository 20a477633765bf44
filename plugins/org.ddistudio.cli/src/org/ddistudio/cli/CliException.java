package org.ddistudio.cli;

/**
 * A problem the user can fix (missing path, unreadable file, wrong option value). It is reported as one
 * line "ddi: message" without a stack trace; anything else escaping a command is an internal error.
 */
public class CliException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CliException(String message) {
		this(message, ExitCode.USAGE);
	}

	public CliException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return exitCode;
	}
}
