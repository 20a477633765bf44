/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * The version of this bundle (Bundle-Version, with the build qualifier Tycho filled in). It is read from
 * the manifest next to this class rather than the first manifest on the class path, which on a plain JVM
 * class path would belong to another jar.
 */
public final class DdiVersion implements IVersionProvider {

	private static final String UNKNOWN = "0.0.0-unknown";

	/** The bundle version, or "0.0.0-unknown" when the manifest cannot be found. */
	public static String get() {
		URL self = DdiVersion.class.getResource(DdiVersion.class.getSimpleName() + ".class");
		if (self == null) {
			return UNKNOWN;
		}
		String classPath = DdiVersion.class.getName().replace('.', '/') + ".class";
		String url = self.toString();
		if (!url.endsWith(classPath)) {
			return UNKNOWN;
		}
		try (InputStream in = new URL(url.substring(0, url.length() - classPath.length()) + "META-INF/MANIFEST.MF").openStream()) {
			String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
			return version == null ? UNKNOWN : version;
		} catch (IOException e) {
			return UNKNOWN;
		}
	}

	@Override
	public String[] getVersion() {
		return new String[] { "ddi (DDI Studio) " + get(),
				"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
	}
}
