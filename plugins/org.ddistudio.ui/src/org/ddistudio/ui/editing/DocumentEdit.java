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

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Replaces a document's text by a new text with a single replace of the region that differs, so the
 * change is one undo step and marks, positions and the caret outside that region stay where they are.
 */
final class DocumentEdit {

	private DocumentEdit() {
	}

	/** Whether anything changed. */
	static boolean replaceDifference(IDocument document, String oldText, String newText) throws BadLocationException {
		int prefix = 0;
		int max = Math.min(oldText.length(), newText.length());
		while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == oldText.length() && prefix == newText.length()) {
			return false;
		}
		document.replace(prefix, oldText.length() - prefix - suffix, newText.substring(prefix, newText.length() - suffix));
		return true;
	}
}
