/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.io;

/**
 * Keeps a file's line-ending convention across a rewrite. Driver sources on Windows are often CRLF
 * throughout; the language's formatter emits "\n", and a formatted file must not come back with
 * mixed endings (or as a whole-file diff in version control).
 */
public final class LineEndings {

	private LineEndings() {
	}

	/** Whether every line break of the text is "\r\n" (and there is at least one). */
	public static boolean isCrlf(String text) {
		return text.contains("\r\n") && text.replace("\r\n", "").indexOf('\n') < 0;
	}

	/** {@code text} with the line endings of {@code original}: CRLF if the original was all CRLF, else as is. */
	public static String like(String original, String text) {
		return isCrlf(original) ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
	}
}
