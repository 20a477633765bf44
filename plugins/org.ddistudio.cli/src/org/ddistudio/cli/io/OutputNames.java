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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ddistudio.generator.GeneratedFile;

/**
 * The output names of one generate run, checked all together before anything is written: two files
 * of one name would overwrite each other (a file Drv_ddi.ddi and a driver Drv both give Drv_ddi.h),
 * names that differ only by case clash on the case-insensitive file systems of Windows and macOS,
 * and a name longer than file systems allow fails only when it is written.
 */
public final class OutputNames {

	/** The longest file name (in UTF-8 bytes) that ext4, NTFS and APFS all accept. */
	static final int MAX_NAME_BYTES = 255;

	private OutputNames() {
	}

	/** Why the files cannot be written together, one line per problem naming both sources; empty when they can. */
	public static List<String> problems(List<GeneratedFile> files) {
		List<String> problems = new ArrayList<>();
		Map<String, GeneratedFile> byName = new LinkedHashMap<>();
		for (GeneratedFile file : files) {
			GeneratedFile other = byName.putIfAbsent(file.path().toLowerCase(Locale.ROOT), file);
			if (other != null) {
				problems.add(other.path().equals(file.path())
						? file.path() + " would be written twice: by " + other.origin() + " and by " + file.origin()
						: other.path() + " and " + file.path() + " differ only by case and would clash on Windows and macOS: "
								+ other.origin() + " and " + file.origin());
			}
			for (String segment : file.path().split("/")) {
				int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
				if (bytes > MAX_NAME_BYTES) {
					problems.add(file.path() + " (" + file.origin() + "): the name is " + bytes + " bytes long; file systems allow "
							+ MAX_NAME_BYTES);
				}
			}
		}
		return problems;
	}
}
