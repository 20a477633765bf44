/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.model;

import java.util.Arrays;

/**
 * Maps character offsets of a text to 1-based line and column numbers. Lines end at '\n' (so "\r\n"
 * files count the same as "\n" files); a column counts characters, a tab is one.
 */
final class LineIndex {

	private final int[] lineStarts;
	private final int length;

	LineIndex(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, count);
		this.length = text.length();
	}

	/** The 1-based line of an offset (clamped into the text). */
	int line(int offset) {
		int clamped = Math.max(0, Math.min(offset, length));
		int index = Arrays.binarySearch(lineStarts, clamped);
		return (index >= 0 ? index : -index - 2) + 1;
	}

	/** The 1-based column of an offset (clamped into the text). */
	int column(int offset) {
		int clamped = Math.max(0, Math.min(offset, length));
		return clamped - lineStarts[line(clamped) - 1] + 1;
	}
}
