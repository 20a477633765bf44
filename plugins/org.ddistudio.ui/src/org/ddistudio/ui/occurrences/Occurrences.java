/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.occurrences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The mentions, in one file, of the element declared or referred to at an offset: what the language
 * server answers to textDocument/documentHighlight, from the same ide service, turned into offsets.
 */
public final class Occurrences {

	private Occurrences() {
	}

	/** Occurrences at {@code offset} of a resource parsed from {@code text}; empty where nothing is named. */
	public static List<Occurrence> find(IDocumentHighlightService service, XtextResource resource, String text, int offset,
			CancelIndicator cancel) {
		Document document = new Document(0, text);
		DocumentHighlightParams params = new DocumentHighlightParams(
				new TextDocumentIdentifier(resource.getURI().toString()), document.getPosition(offset));
		List<Occurrence> result = new ArrayList<>();
		for (DocumentHighlight highlight : service.getDocumentHighlights(document, resource, params, cancel)) {
			int start = document.getOffSet(highlight.getRange().getStart());
			int end = document.getOffSet(highlight.getRange().getEnd());
			if (end > start) {
				// the service marks the declaring name as a write, the references as reads
				result.add(new Occurrence(start, end - start, highlight.getKind() == DocumentHighlightKind.Write));
			}
		}
		return result;
	}
}
