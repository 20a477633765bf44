package org.ddistudio.cli;

/**
 * The process exit codes of every ddi command. Scripts and CI jobs branch on them, so they are part of
 * the command line contract: 0 clean, 1 the input has problems (findings, unformattable files), 2 the
 * command could not do its job (bad usage, unreadable input, internal error).
 */
public final class ExitCode {
	/** Success; warnings may have been reported. */
	public static final int OK = 0;
	/** The input has errors (validate) or could not be processed as asked (format of a broken file). */
	public static final int FINDINGS = 1;
	/** Bad usage, unreadable or missing input, or an internal error. */
	public static final int USAGE = 2;

	private ExitCode() {
	}
}
