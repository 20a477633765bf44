/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.c;

import org.ddistudio.model.layout.Guids;

/** A registry-form GUID as the arguments of DEFINE_GUID. */
public final class GuidLiteral {

	private GuidLiteral() {
	}

	/** "{E0B27630-5434-11D3-B890-00C04FAD5171}" → "0xE0B27630, 0x5434, 0x11D3, 0xB8, 0x90, 0x00, 0xC0, 0x4F, 0xAD, 0x51, 0x71". */
	public static String defineGuidArguments(String guid) {
		if (!Guids.isWellFormed(guid)) {
			throw new IllegalArgumentException("malformed GUID " + guid);
		}
		String hex = guid.substring(1, guid.length() - 1).replace("-", "").toUpperCase(java.util.Locale.ROOT);
		StringBuilder out = new StringBuilder("0x").append(hex, 0, 8).append(", 0x").append(hex, 8, 12).append(", 0x").append(hex, 12, 16);
		for (int i = 16; i < 32; i += 2) {
			out.append(", 0x").append(hex, i, i + 2);
		}
		return out.toString();
	}
}
