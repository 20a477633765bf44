/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.testing;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** The pictures in docs/images, taken from the running workbench by the screenshot tests. */
public final class Screenshots {

	private Screenshots() {
	}

	/** Saves what the screen shows of the workbench window (and any popups over it) as a PNG. */
	public static void capture(Shell shell, File target) {
		Display display = shell.getDisplay();
		// down to the bottom of the client area: without a window manager the shell's bounds reach past
		// what the workbench paints, which would leave a black band in the picture
		Rectangle bounds = shell.getBounds();
		Rectangle client = display.map(shell, null, shell.getClientArea());
		Rectangle area = new Rectangle(bounds.x, bounds.y, bounds.width, client.y + client.height - bounds.y);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		target.getAbsoluteFile().getParentFile().mkdirs();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(target.getAbsolutePath(), SWT.IMAGE_PNG);
		image.dispose();
		if (target.length() <= 10_000) {
			throw new AssertionError("screenshot not written (or blank): " + target);
		}
	}
}
