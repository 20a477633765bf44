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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the benchmarks' generated workspace ({@link SyntheticWorkspace}) as .ddi files into a new or
 * empty folder, for timing the command line on it (docs/performance.md). Never writes into a folder
 * that has anything in it. Arguments: FOLDER [bytes].
 */
public final class WriteWorkspace {

	private WriteWorkspace() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: WriteWorkspace FOLDER [bytes]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		long bytes = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
		if (Files.exists(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					System.err.println(folder + " is not empty: nothing written");
					System.exit(2);
				}
			}
		}
		List<SyntheticWorkspace.File> files = SyntheticWorkspace.of(bytes);
		for (SyntheticWorkspace.File file : files) {
			Path path = folder.resolve(file.name());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.text(), StandardCharsets.UTF_8);
		}
		System.out.printf("%d files, %,d bytes in %s%n", files.size(), SyntheticWorkspace.size(files), folder);
	}
}
