/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;

/**
 * A generated multi-file workspace of about a given size, laid out the way a driver team's project
 * is: per unit (one generated system of {@link #DEVICES_PER_UNIT} devices), an interface package
 * ({@code wsN.api}), a driver package importing it ({@code wsN.drivers}) and a stack package
 * importing both ({@code wsN.stacks}), so that most references cross files. Every unit has its own
 * seed (own GUIDs); the validator finds no error in the result ({@link LanguageRuntime#errors}).
 */
final class SyntheticWorkspace {

	/** Devices per unit: makes a stacks file of about 55 KB. */
	static final int DEVICES_PER_UNIT = 500;

	/** One file of the workspace. */
	record File(String name, String text) {
	}

	private SyntheticWorkspace() {
	}

	/** Files of whole units until their total UTF-8 size reaches {@code bytes}. */
	static List<File> of(long bytes) {
		List<File> files = new ArrayList<>();
		long total = 0;
		for (int unit = 0; total < bytes; unit++) {
			for (File file : unit(unit)) {
				files.add(file);
				total += file.text().length(); // ASCII
			}
		}
		return files;
	}

	static long size(List<File> files) {
		return files.stream().mapToLong(f -> f.text().length()).sum();
	}

	/** The three files of one unit, from one generated system split by kind of declaration. */
	static List<File> unit(int unit) {
		String text = SyntheticSystems.toText(new SyntheticSystems.Shape(DEVICES_PER_UNIT, 20, DEVICES_PER_UNIT / 10, 1000 + unit));
		List<File> files = new ArrayList<>();
		SyntheticSystems.asUnitFiles("ws" + unit, text).forEach((name, content) -> files.add(new File(name, content)));
		return files;
	}
}
