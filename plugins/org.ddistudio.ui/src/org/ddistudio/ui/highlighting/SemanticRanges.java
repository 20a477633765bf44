/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Runs the language's semantic highlighting calculator (the one the language server uses, in the ide
 * bundle) and keeps what the lexer cannot know: names, typed by what they declare or refer to. The
 * calculator's style ids are LSP semantic token types and modifiers; its lexical tokens (keywords,
 * numbers, WDK types, SAL) are left out, the presentation reconciler colours those on every keystroke.
 */
public final class SemanticRanges {

	private static final Map<String, DdiStyle> BY_TOKEN_TYPE = Map.of(
			SemanticTokenTypes.Interface, DdiStyle.INTERFACE,
			SemanticTokenTypes.Struct, DdiStyle.USER_TYPE,
			SemanticTokenTypes.Type, DdiStyle.USER_TYPE,
			SemanticTokenTypes.Function, DdiStyle.ROUTINE,
			SemanticTokenTypes.Property, DdiStyle.MEMBER,
			SemanticTokenTypes.Parameter, DdiStyle.PARAMETER,
			SemanticTokenTypes.Class, DdiStyle.DRIVER,
			SemanticTokenTypes.Variable, DdiStyle.DEVICE,
			SemanticTokenTypes.Event, DdiStyle.SCENARIO);

	private SemanticRanges() {
	}

	/** The ranges of a parsed resource, sorted by offset; empty once {@code cancel} fires. */
	static List<SemanticRange> compute(ISemanticHighlightingCalculator calculator, XtextResource resource, CancelIndicator cancel) {
		List<SemanticRange> ranges = new ArrayList<>();
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
			SemanticRange range = toRange(offset, length, ids);
			if (range != null) {
				ranges.add(range);
			}
		}, cancel);
		ranges.sort(Comparator.comparingInt(SemanticRange::getOffset));
		return ranges;
	}

	/** The range for one calculator position, or {@code null} if it is a lexical one. */
	static SemanticRange toRange(int offset, int length, String... ids) {
		if (ids.length == 0 || length <= 0) {
			return null;
		}
		List<String> modifiers = List.of(ids).subList(1, ids.length);
		if (modifiers.contains(SemanticTokenModifiers.DefaultLibrary)) {
			return null; // the WDK's own types: lexical
		}
		DdiStyle style = BY_TOKEN_TYPE.get(ids[0]);
		return style == null ? null : new SemanticRange(offset, length, style, modifiers.contains(SemanticTokenModifiers.Deprecated));
	}
}
