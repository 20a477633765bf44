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

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The user's choices of colour and font style per {@link DdiStyle}, kept in the editor plug-in's
 * preference store. A colour left empty means "the theme's default" ({@link DdiPalette}), so a user who
 * never touched the page gets the dark palette after switching to the dark theme, and one who picked a
 * colour keeps it in both themes.
 */
public final class StylePreferences {

	private static final String PREFIX = "highlighting.";

	private StylePreferences() {
	}

	public static String colorKey(DdiStyle style) {
		return PREFIX + style.name() + ".color";
	}

	public static String boldKey(DdiStyle style) {
		return PREFIX + style.name() + ".bold";
	}

	public static String italicKey(DdiStyle style) {
		return PREFIX + style.name() + ".italic";
	}

	public static String strikethroughKey(DdiStyle style) {
		return PREFIX + style.name() + ".strikethrough";
	}

	/** Whether a changed preference is one of ours, i.e. editors have to re-colour. */
	public static boolean isStyleKey(String key) {
		return key != null && key.startsWith(PREFIX);
	}

	/** Font style defaults, which do not depend on the theme (called by the preference initializer). */
	public static void initializeDefaults(IPreferenceStore store) {
		DdiPalette palette = DdiPalette.forBackground(null);
		for (DdiStyle style : DdiStyle.values()) {
			int fontStyle = palette.attribute(style).getStyle();
			store.setDefault(colorKey(style), "");
			store.setDefault(boldKey(style), (fontStyle & SWT.BOLD) != 0);
			store.setDefault(italicKey(style), (fontStyle & SWT.ITALIC) != 0);
			store.setDefault(strikethroughKey(style), (fontStyle & TextAttribute.STRIKETHROUGH) != 0);
		}
	}

	/** The colour a style has in an editor with this palette: the user's, else the palette's (may be null). */
	public static RGB color(IPreferenceStore store, DdiStyle style, DdiPalette palette) {
		String value = store.getString(colorKey(style));
		if (!value.isBlank()) {
			RGB rgb = StringConverter.asRGB(value, null);
			if (rgb != null) {
				return rgb;
			}
		}
		Color fallback = palette.attribute(style).getForeground();
		return fallback == null ? null : fallback.getRGB();
	}

	/** The text attribute a style has in an editor with this palette. */
	public static TextAttribute attribute(IPreferenceStore store, DdiStyle style, DdiPalette palette) {
		if (!style.isConfigurable()) {
			return palette.attribute(style);
		}
		RGB rgb = color(store, style, palette);
		int fontStyle = (store.getBoolean(boldKey(style)) ? SWT.BOLD : SWT.NORMAL)
				| (store.getBoolean(italicKey(style)) ? SWT.ITALIC : SWT.NORMAL)
				| (store.getBoolean(strikethroughKey(style)) ? TextAttribute.STRIKETHROUGH : SWT.NORMAL);
		return new TextAttribute(rgb == null ? null : new Color(rgb), null, fontStyle);
	}
}
