/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.ui.highlighting.DdiPalette;
import org.ddistudio.ui.highlighting.DdiStyle;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** Highlighting stays readable: every colour has WCAG AA contrast (4.5:1) on its theme's editor background. */
class PaletteTest {

	private static final RGB LIGHT_BACKGROUND = new RGB(255, 255, 255);
	/** The editor background of the Eclipse dark theme. */
	private static final RGB DARK_BACKGROUND = new RGB(47, 47, 47);

	@Test
	void theDarkThemeGetsItsOwnPalette() {
		assertNotSame(DdiPalette.forBackground(LIGHT_BACKGROUND), DdiPalette.forBackground(DARK_BACKGROUND));
	}

	@Test
	void everyColourIsReadableOnItsBackground() {
		for (RGB background : new RGB[] { LIGHT_BACKGROUND, DARK_BACKGROUND }) {
			DdiPalette palette = DdiPalette.forBackground(background);
			for (DdiStyle style : DdiStyle.values()) {
				if (palette.attribute(style).getForeground() == null) {
					continue; // the editor's own foreground
				}
				RGB colour = palette.attribute(style).getForeground().getRGB();
				double ratio = contrast(colour, background);
				assertTrue(ratio >= 4.5, style + " " + colour + " on " + background + ": contrast " + ratio);
			}
		}
	}

	/** WCAG 2 contrast ratio. */
	private static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(RGB c) {
		return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue);
	}

	private static double channel(int value) {
		double v = value / 255.0;
		return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
	}
}
