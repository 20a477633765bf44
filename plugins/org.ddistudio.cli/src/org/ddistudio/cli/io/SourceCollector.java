/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ddistudio.cli.CliContext;
import org.ddistudio.cli.CliException;

/**
 * Turns path arguments into the .ddi files to work on: files as given, folders searched recursively for
 * *.ddi (hidden folders such as .git are skipped; in a folder only regular files and links to them count, so
 * a named pipe called x.ddi is passed over, and given by name it is refused: reading it could block
 * for ever). Every problem with the arguments themselves is a
 * {@link CliException} with one clear line, checked before any parsing starts.
 */
public final class SourceCollector {

	private final CliContext context;

	public SourceCollector(CliContext context) {
		this.context = context;
	}

	/** Whether a file name has the .ddi extension (any case: Windows users write .DDI too). */
	public static boolean isDdiFile(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".ddi");
	}

	/**
	 * The .ddi files named by the arguments, each once, sorted by display path.
	 *
	 * @param allowFolders whether folders may be given (validate) or only files (format)
	 */
	public List<SourceFile> collect(List<String> arguments, boolean allowFolders) {
		Map<Path, SourceFile> files = new LinkedHashMap<>();
		for (String argument : arguments) {
			Path path;
			try {
				path = context.resolve(argument);
			} catch (InvalidPathException e) {
				throw new CliException("not a valid path: " + argument);
			}
			if (!Files.exists(path)) {
				throw new CliException("no such file or directory: " + argument);
			}
			if (Files.isDirectory(path)) {
				if (!allowFolders) {
					throw new CliException(argument + " is a directory; give .ddi files");
				}
				collectFolder(argument, path, files);
			} else {
				if (!isDdiFile(path)) {
					throw new CliException("not a .ddi file: " + argument);
				}
				if (!Files.isRegularFile(path)) {
					// a named pipe, socket or device: reading it could wait forever or never end
					throw new CliException("not a regular file: " + argument);
				}
				checkReadable(path, argument);
				files.putIfAbsent(path, new SourceFile(path, argument));
			}
		}
		if (files.isEmpty()) {
			throw new CliException("no .ddi files found in " + String.join(", ", arguments));
		}
		List<SourceFile> sorted = new ArrayList<>(files.values());
		sorted.sort(Comparator.comparing(SourceFile::displayPath));
		return sorted;
	}

	private void collectFolder(String argument, Path folder, Map<Path, SourceFile> files) {
		Path shown = Path.of(argument);
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
					return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					// a link to a .ddi file counts (shared interface files are often linked in); links to
					// folders are not followed (they could form a cycle)
					boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
					if (regular && isDdiFile(file)) {
						String display = shown.resolve(folder.relativize(file)).normalize().toString();
						checkReadable(file, display);
						files.putIfAbsent(file, new SourceFile(file, display.isEmpty() ? argument : display));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
					throw e;
				}
			});
		} catch (AccessDeniedException e) {
			throw new CliException("cannot read " + describe(argument, folder, e.getFile()) + ": permission denied");
		} catch (IOException e) {
			throw new CliException("cannot read " + argument + ": " + e.getMessage());
		}
	}

	private static String describe(String argument, Path folder, String failed) {
		if (failed == null) {
			return argument;
		}
		Path failedPath = Path.of(failed);
		return failedPath.startsWith(folder) ? Path.of(argument).resolve(folder.relativize(failedPath)).normalize().toString() : failed;
	}

	private static void checkReadable(Path file, String display) {
		if (!Files.isReadable(file)) {
			throw new CliException("cannot read " + display + ": permission denied");
		}
	}
}
