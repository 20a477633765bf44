package org.ddistudio.cli.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Short, human reasons for I/O failures, for one-line error messages. */
public final class IoErrors {

	private IoErrors() {
	}

	public static String describe(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or directory";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
