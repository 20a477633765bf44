/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/*
 * Launcher tool (run by ./ddi, not shipped): class data sharing cannot archive classes of signed jars,
 * and EMF, Xtext and Equinox jars are signed, so ./ddi starts from copies without signature files.
 * Usage: java StripSignatures.java OUT_DIR CLASSPATH_FILE  (prints the new class path, one entry per line)
 */
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;

/** Copies each signed jar without its signature files into args[0]; prints the new class path, one entry per line. */
public class StripSignatures {
	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		for (String entry : Files.readAllLines(Path.of(args[1]))) {
			if (entry.isBlank()) continue;
			Path jar = Path.of(entry);
			if (!Files.isRegularFile(jar) || !signed(jar)) { System.out.println(entry); continue; }
			Path copy = out.resolve(jar.getFileName());
			try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(jar)));
					ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(copy)))) {
				for (ZipEntry e; (e = in.getNextEntry()) != null;) {
					if (isSignature(e.getName())) continue;
					zip.putNextEntry(new ZipEntry(e.getName()));
					in.transferTo(zip);
					zip.closeEntry();
				}
			}
			System.out.println(copy);
		}
	}

	static boolean signed(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(e -> isSignature(e.getName()));
		}
	}

	static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}
}
