/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ddistudio.model.SystemLayout;

/**
 * The repository's examples/ folder as fixtures: each example is loaded by name, with the folders it
 * imports and examples/wdk, as a user runs {@code ddi validate examples/NAME examples/wdk}.
 *
 * <p>The folder is found relative to the working directory, which is the test bundle's (or the
 * Maven module's) folder under plugins/ or releng/: {@code ../../examples}; the system property
 * {@code ddistudio.examples} names it instead where the build passes it (the workbench tests). A new
 * test writes:
 *
 * <pre>
 * List&lt;SystemLayout&gt; systems = Examples.systems("toastmon");      // examples/toastmon's own systems, linked
 * TestWorkspace workspace = Examples.example("broken");             // broken + wdk, linked
 * Map&lt;String, String&gt; texts = Examples.texts(List.of("wdk", "pcidrv")); // "wdk/system-interfaces.ddi" -&gt; text
 * </pre>
 */
public final class Examples {

	/** The shared WDK declarations every example may import. */
	public static final String WDK = "wdk";

	/** Folders an example imports besides itself and examples/wdk. */
	public static final Map<String, List<String>> DEPENDENCIES = Map.of("toastmon", List.of("toaster"));

	private Examples() {
	}

	/** The repository's examples folder; fails when it is not where the tests expect it. */
	public static Path root() {
		String configured = System.getProperty("ddistudio.examples", "");
		Path root = (configured.isEmpty() ? Paths.get("../../examples") : Paths.get(configured)).toAbsolutePath().normalize();
		if (!Files.isDirectory(root.resolve(WDK))) {
			throw new AssertionError("examples folder not found at " + root + ": the tests read the repository's examples/"
					+ " relative to the working directory (a folder under plugins/ or releng/), or at -Dddistudio.examples");
		}
		return root;
	}

	/** The example and what it needs, in loading order: NAME, its dependencies, wdk. */
	public static List<String> withDependencies(String name) {
		List<String> folders = new ArrayList<>(List.of(name));
		folders.addAll(DEPENDENCIES.getOrDefault(name, List.of()));
		if (!folders.contains(WDK)) {
			folders.add(WDK);
		}
		return folders;
	}

	/** The .ddi files of one example folder, sorted by name; fails when the folder is missing or has none. */
	public static List<Path> files(String folder) {
		Path dir = root().resolve(folder);
		if (!Files.isDirectory(dir)) {
			throw new AssertionError("examples/" + folder + " not found under " + root());
		}
		try (Stream<Path> entries = Files.list(dir)) {
			List<Path> ddi = entries.filter(p -> p.toString().endsWith(".ddi")).sorted().toList();
			if (ddi.isEmpty()) {
				throw new AssertionError("no .ddi file in " + dir);
			}
			return ddi;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The .ddi files of the folders, keyed by their path relative to examples/ ("wdk/system-interfaces.ddi"), in order. */
	public static Map<String, Path> paths(List<String> folders) {
		Map<String, Path> paths = new LinkedHashMap<>();
		for (String folder : folders) {
			for (Path file : files(folder)) {
				paths.put(folder + "/" + file.getFileName(), file);
			}
		}
		return paths;
	}

	/** The texts of the folders' .ddi files, keyed as {@link #paths(List)}: for in-memory workspaces. */
	public static Map<String, String> texts(List<String> folders) {
		Map<String, String> texts = new LinkedHashMap<>();
		paths(folders).forEach((name, path) -> texts.put(name, read(path)));
		return texts;
	}

	/** The text of one file, by its path relative to examples/ ("toaster/toaster.ddi"). */
	public static String text(String relativePath) {
		return read(root().resolve(relativePath));
	}

	/** The folders' files from disk (at their file URIs, as the command line reads them), linked. */
	public static TestWorkspace load(List<String> folders) {
		return TestWorkspace.load(paths(folders)).linked();
	}

	/** examples/NAME with its dependencies and examples/wdk, linked. */
	public static TestWorkspace example(String name) {
		return load(withDependencies(name));
	}

	/** The systems declared in examples/NAME itself (not in what it imports); fails when there is none. */
	public static List<SystemLayout> systems(String name) {
		TestWorkspace workspace = example(name);
		List<SystemLayout> systems = new ArrayList<>();
		for (String file : workspace.resources().keySet()) {
			if (file.startsWith(name + "/")) {
				workspace.model(file).getDeclarations().stream().filter(SystemLayout.class::isInstance).map(SystemLayout.class::cast)
						.forEach(systems::add);
			}
		}
		if (systems.isEmpty()) {
			throw new AssertionError("examples/" + name + " has no system");
		}
		return systems;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
