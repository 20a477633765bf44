/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.quickfix;

import java.util.Comparator;
import java.util.List;

/**
 * One text change of a quick fix, in offsets of the text the fix was computed for. Editor-neutral on
 * purpose: the language server turns it into an LSP TextEdit, the Eclipse editor into one document
 * replace, tests into a string.
 *
 * @param offset where the replaced text starts
 * @param length how many characters are replaced (0: an insertion)
 * @param text   the new text
 */
public record Replacement(int offset, int length, String text) {

	public int end() {
		return offset + length;
	}

	/** The text with all replacements applied (they must not overlap). */
	public static String apply(String original, List<Replacement> replacements) {
		StringBuilder result = new StringBuilder(original);
		// from the end, so that earlier offsets stay valid
		replacements.stream().sorted(Comparator.comparingInt(Replacement::offset).reversed())
				.forEach(r -> result.replace(r.offset(), r.end(), r.text()));
		return result.toString();
	}
}
