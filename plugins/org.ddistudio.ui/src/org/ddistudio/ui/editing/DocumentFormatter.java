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

import java.util.Optional;

import org.ddistudio.dsl.formatting2.DdiFormatting;
import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.jface.text.IDocument;

/**
 * Formats a DDI document with the language's {@link DdiFormatting}, the formatter the CLI uses, so
 * editor and command line produce the same layout.
 */
public final class DocumentFormatter {

	private DocumentFormatter() {
	}

	/**
	 * The formatted text of a snapshot, or empty if it has syntax errors (formatting text the parser
	 * did not understand would move it around). Parses: call it off the UI thread.
	 */
	public static Optional<String> format(IDocument document, DocumentSnapshot snapshot) {
		DdiFormatting formatting = DdiUiPlugin.injector().getInstance(DdiFormatting.class);
		return DdiDocuments.of(document).read(snapshot.text(), resource -> {
			if (resource.getParseResult().hasSyntaxErrors()) {
				return Optional.<String>empty();
			}
			return Optional.of(formatting.format(resource));
		});
	}
}
