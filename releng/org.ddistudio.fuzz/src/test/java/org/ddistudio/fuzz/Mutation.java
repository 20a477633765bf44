/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.fuzz;

/**
 * One edit that turns a valid model into a near-valid one, the way text looks while a developer
 * types: a range deleted, a line duplicated, a token inserted, a character replaced.
 *
 * @param kind     which edit
 * @param position where, as a fraction of the text length (0..1)
 * @param length   how many characters the edit spans
 * @param token    what is inserted, for insertions
 */
record Mutation(Kind kind, double position, int length, String token) {

	enum Kind {
		DELETE, DUPLICATE_LINE, INSERT, REPLACE_CHAR, TRUNCATE
	}

	String applyTo(String text) {
		if (text.isEmpty()) {
			return token;
		}
		int at = Math.min(text.length() - 1, (int) (position * text.length()));
		switch (kind) {
		case DELETE:
			return text.substring(0, at) + text.substring(Math.min(text.length(), at + length));
		case DUPLICATE_LINE: {
			int start = text.lastIndexOf('\n', at) + 1;
			int end = text.indexOf('\n', start);
			String line = text.substring(start, end < 0 ? text.length() : end);
			return text.substring(0, start) + line + "\n" + text.substring(start);
		}
		case INSERT:
			return text.substring(0, at) + " " + token + " " + text.substring(at);
		case REPLACE_CHAR:
			return text.substring(0, at) + (token.isEmpty() ? "?" : token.substring(0, 1)) + text.substring(at + 1);
		case TRUNCATE:
		default:
			return text.substring(0, at);
		}
	}
}
