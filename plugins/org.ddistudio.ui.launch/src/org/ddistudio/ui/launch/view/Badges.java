/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.view;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Verdict icons: filled discs with soft edges, computed pixel by pixel (no icon files to ship and no
 * dependency on another tool's images).
 */
final class Badges {

	static final RGB PASS = new RGB(0x2E, 0x7D, 0x32);
	static final RGB FAIL = new RGB(0xC6, 0x28, 0x28);
	static final RGB INCONCLUSIVE = new RGB(0xEF, 0x8F, 0x00);

	private Badges() {
	}

	static Image disc(Device device, RGB color) {
		int size = 16;
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int pixel = data.palette.getPixel(color);
		double centre = (size - 1) / 2.0;
		double radius = 5.5;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double d = Math.hypot(x - centre, y - centre);
				data.setPixel(x, y, pixel);
				// one pixel of anti-aliasing at the rim
				double alpha = Math.max(0, Math.min(1, radius + 0.5 - d));
				data.setAlpha(x, y, (int) Math.round(alpha * 255));
			}
		}
		return new Image(device, data);
	}
}
