/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.editing;

/**
 * Toggles line comments on a block of whole lines: if every non-blank line is commented, removes one
 * "//" (and the space after it) from each; otherwise comments every non-blank line at the block's
 * smallest indentation, so the comment markers line up.
 */
public final class LineComments {

	private static final String MARKER = "//";

	private LineComments() {
	}

	/** The toggled block; {@code block} is whole lines, line delimiters included. */
	public static String toggle(String block) {
		String[] lines = block.split("(?<=\n)", -1);
		boolean allCommented = true;
		int indent = Integer.MAX_VALUE;
		for (String line : lines) {
			if (!line.isBlank()) {
				int lead = leadingWhitespace(line);
				indent = Math.min(indent, lead);
				allCommented &= line.startsWith(MARKER, lead);
			}
		}
		if (indent == Integer.MAX_VALUE) {
			return block;
		}
		StringBuilder result = new StringBuilder(block.length() + lines.length * 3);
		for (String line : lines) {
			if (line.isBlank()) {
				result.append(line);
			} else if (allCommented) {
				int lead = leadingWhitespace(line);
				int after = lead + MARKER.length();
				if (after < line.length() && line.charAt(after) == ' ') {
					after++;
				}
				result.append(line, 0, lead).append(line, after, line.length());
			} else {
				result.append(line, 0, indent).append(MARKER).append(' ').append(line, indent, line.length());
			}
		}
		return result.toString();
	}

	private static int leadingWhitespace(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}
}
