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

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * The scanner tokens of one editor, one per style. Tokens are created once and only their attributes
 * change when the user picks other colours, so the scanners that hold them need not be rebuilt: the
 * editor re-colours with the new attributes on its next presentation repair.
 */
final class StyleTokens {

	private final Map<DdiStyle, Token> tokens = new EnumMap<>(DdiStyle.class);
	private final DdiPalette palette;
	private final IPreferenceStore store;

	StyleTokens(DdiPalette palette, IPreferenceStore store) {
		this.palette = palette;
		this.store = store;
		for (DdiStyle style : DdiStyle.values()) {
			tokens.put(style, new Token(null));
		}
		refresh();
	}

	/** Reads the attributes again from the preferences. */
	void refresh() {
		for (Map.Entry<DdiStyle, Token> entry : tokens.entrySet()) {
			entry.getValue().setData(attribute(entry.getKey()));
		}
	}

	IToken token(DdiStyle style) {
		return tokens.get(style);
	}

	/** The current attribute of a style in this editor. */
	TextAttribute attribute(DdiStyle style) {
		return store == null ? palette.attribute(style) : StylePreferences.attribute(store, style, palette);
	}
}
