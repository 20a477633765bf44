/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DDI Studio's own stand-in for the KMDF headers (the bundle's shim/ folder): a wdf.h that declares
 * the KMDF handles, structs and calls the generated code uses, and nothing of WDM. With a real
 * wdm.h/ntddk.h (mingw-w64's ddk headers, which have no KMDF) generated code then compiles with gcc
 * exactly as it is written for the WDK. For tests and for users who want to syntax-check generated
 * code without a WDK.
 */
public final class Shim {

	/** The files of the shim folder. */
	public static final List<String> FILES = List.of("wdf.h");

	private Shim() {
	}

	/** File name → content of every shim file. */
	public static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : FILES) {
			try (InputStream in = Shim.class.getResourceAsStream("/shim/" + name)) {
				if (in == null) {
					throw new IllegalStateException("shim/" + name + " is missing from the org.ddistudio.generator bundle");
				}
				files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}
}
