/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ddistudio.dsl.testing.Examples;

/** Valid models to mutate: every file of the repository's examples/ folder. */
final class Seeds {

	private static List<String> seeds;

	private Seeds() {
	}

	static synchronized List<String> all() {
		if (seeds == null) {
			Path examples = Examples.root();
			List<String> found = new ArrayList<>();
			try (Stream<Path> files = Files.walk(examples)) {
				for (Path file : files.filter(p -> p.toString().endsWith(".ddi")).sorted().toList()) {
					found.add(Files.readString(file));
				}
			} catch (IOException e) {
				throw new IllegalStateException("cannot read the examples under " + examples, e);
			}
			if (found.isEmpty()) {
				throw new IllegalStateException("no .ddi example found under " + examples);
			}
			seeds = List.copyOf(found);
		}
		return seeds;
	}
}
