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
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers (and a crash, a full disk, Ctrl-C) only ever see the old or the complete
 * new content: the bytes go to a temporary file in the same directory (same file system, so the rename
 * is atomic), which then replaces the target.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Replaces (or creates) {@code target} with {@code content} atomically. */
	public static void write(Path target, byte[] content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		// Not Files.createTempFile: its files are private (rw-------), and that mode would replace the
		// target's. A new file gets the user's default mode; a rewritten file keeps its own mode.
		Path temp = directory.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
		Files.createFile(temp);
		try {
			if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
				Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
			}
			Files.write(temp, content);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				// Some network and FUSE file systems cannot rename atomically; a plain replace is the best there is.
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
