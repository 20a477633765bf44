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

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The default text attributes per {@link DdiStyle}, in a light and a dark variant; the preference page
 * overrides them per style ({@link StylePreferences}). The dark colours are chosen for the Eclipse dark
 * theme's editor background (about #2F2F2F): every foreground has a contrast ratio of at least 4.5
 * there, as the light ones have on white.
 */
public final class DdiPalette {

	private static final DdiPalette LIGHT = new DdiPalette(false);
	private static final DdiPalette DARK = new DdiPalette(true);

	private final Map<DdiStyle, TextAttribute> attributes = new EnumMap<>(DdiStyle.class);

	private DdiPalette(boolean dark) {
		put(DdiStyle.PLAIN, null, SWT.NORMAL);
		put(DdiStyle.KEYWORD, dark ? new RGB(230, 140, 70) : new RGB(127, 0, 85), SWT.BOLD);
		put(DdiStyle.WDK_TYPE, dark ? new RGB(110, 180, 250) : new RGB(0, 80, 160), SWT.NORMAL);
		put(DdiStyle.SAL, dark ? new RGB(200, 170, 110) : new RGB(120, 80, 0), SWT.ITALIC);
		put(DdiStyle.STATUS, dark ? new RGB(180, 150, 230) : new RGB(100, 40, 160), SWT.ITALIC);
		put(DdiStyle.GUID, dark ? new RGB(80, 200, 175) : new RGB(0, 115, 115), SWT.NORMAL);
		put(DdiStyle.NUMBER, dark ? new RGB(180, 210, 160) : new RGB(150, 60, 0), SWT.NORMAL);
		put(DdiStyle.STRING, dark ? new RGB(220, 150, 120) : new RGB(42, 0, 255), SWT.NORMAL);
		put(DdiStyle.COMMENT, dark ? new RGB(130, 170, 115) : new RGB(63, 127, 95), SWT.NORMAL);
		put(DdiStyle.DOC_COMMENT, dark ? new RGB(130, 160, 210) : new RGB(63, 95, 191), SWT.NORMAL);
		put(DdiStyle.INTERFACE, dark ? new RGB(240, 130, 120) : new RGB(150, 40, 40), SWT.NORMAL);
		put(DdiStyle.USER_TYPE, dark ? new RGB(100, 190, 240) : new RGB(0, 100, 150), SWT.NORMAL);
		put(DdiStyle.ROUTINE, dark ? new RGB(170, 160, 250) : new RGB(80, 60, 150), SWT.NORMAL);
		put(DdiStyle.MEMBER, dark ? new RGB(102, 225, 248) : new RGB(0, 0, 192), SWT.NORMAL);
		put(DdiStyle.PARAMETER, dark ? new RGB(190, 190, 190) : new RGB(100, 100, 100), SWT.NORMAL);
		put(DdiStyle.DRIVER, dark ? new RGB(240, 130, 200) : new RGB(180, 0, 120), SWT.NORMAL);
		put(DdiStyle.DEVICE, dark ? new RGB(90, 210, 170) : new RGB(0, 110, 80), SWT.NORMAL);
		put(DdiStyle.SCENARIO, dark ? new RGB(220, 220, 120) : new RGB(90, 90, 0), SWT.NORMAL);
		// a modifier: keeps the interface colour and strikes the name through
		put(DdiStyle.DEPRECATED, null, TextAttribute.STRIKETHROUGH);
	}

	private void put(DdiStyle style, RGB foreground, int fontStyle) {
		attributes.put(style, new TextAttribute(foreground == null ? null : new Color(foreground), null, fontStyle));
	}

	/** The palette for an editor background: the dark one when the background is dark. */
	public static DdiPalette forBackground(RGB background) {
		return background != null && isDark(background) ? DARK : LIGHT;
	}

	/** Relative luminance below one half, i.e. light text reads better on it than dark text. */
	static boolean isDark(RGB rgb) {
		double luminance = (0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue) / 255;
		return luminance < 0.5;
	}

	/** The default attribute of a style. */
	public TextAttribute attribute(DdiStyle style) {
		return attributes.get(style);
	}
}
