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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes several files all or nothing: every content first goes to a temporary file next to its
 * target (a full disk or an unwritable folder fails here, before any target changed), then each
 * temporary file replaces its target atomically, the old content kept aside by a link until all are
 * in place. A failure on the way puts every old file back and removes the new ones, so a failed run
 * leaves the folder as it was.
 */
public final class StagedWrite {

	private record Staged(Path target, Path temp) {
	}

	private StagedWrite() {
	}

	/** Replaces (or creates) every target with its content, or none of them; throws the first failure. */
	public static void writeAll(Map<Path, byte[]> contents) throws IOException {
		List<Staged> staged = new ArrayList<>();
		try {
			for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
				Path target = entry.getKey();
				Path temp = sibling(target, ".tmp");
				// Not Files.createTempFile: its files are private (rw-------), and that mode would replace the target's.
				Files.createFile(temp);
				staged.add(new Staged(target, temp));
				if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
					Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
				}
				Files.write(temp, entry.getValue());
			}
			replaceAll(staged);
		} finally {
			for (Staged s : staged) {
				Files.deleteIfExists(s.temp());
			}
		}
	}

	private static void replaceAll(List<Staged> staged) throws IOException {
		Map<Path, Path> backups = new LinkedHashMap<>();
		List<Path> replaced = new ArrayList<>();
		try {
			for (Staged s : staged) {
				if (Files.exists(s.target())) {
					backups.put(s.target(), backup(s.target()));
				}
				move(s.temp(), s.target());
				replaced.add(s.target());
			}
		} catch (IOException e) {
			for (Path target : replaced.reversed()) {
				try {
					Path backup = backups.get(target);
					if (backup != null) {
						move(backup, target);
					} else {
						Files.deleteIfExists(target);
					}
				} catch (IOException rollback) {
					e.addSuppressed(rollback);
				}
			}
			throw e;
		} finally {
			for (Path backup : backups.values()) {
				Files.deleteIfExists(backup);
			}
		}
	}

	/** A second name for the old content (a hard link, or a copy where links are not supported). */
	private static Path backup(Path target) throws IOException {
		Path backup = sibling(target, ".old");
		try {
			Files.createLink(backup, target);
		} catch (UnsupportedOperationException | IOException e) {
			Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
		}
		return backup;
	}

	/** A short hidden name in the target's folder (short, so that a long target name still fits). */
	private static Path sibling(Path target, String suffix) {
		return target.toAbsolutePath().getParent()
				.resolve(".ddi-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Some network and FUSE file systems cannot rename atomically; a plain replace is the best there is.
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
