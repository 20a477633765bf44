/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.layout;

import java.util.Locale;
import java.util.regex.Pattern;

/** GUIDs in registry form {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}. */
public final class Guids {

	private static final Pattern REGISTRY_FORM = Pattern
			.compile("\\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}");
	private static final int[] GROUP_LENGTHS = { 8, 4, 4, 4, 12 };

	private Guids() {
	}

	/** Whether the text is a well-formed GUID in registry form. */
	public static boolean isWellFormed(String guid) {
		return guid != null && REGISTRY_FORM.matcher(guid).matches();
	}

	/** Comparable form: upper case, with braces; GUIDs compare case-insensitively. */
	public static String normalize(String guid) {
		return guid == null ? null : guid.trim().toUpperCase(Locale.ROOT);
	}

	/** What is wrong with a malformed GUID, in one sentence; {@code null} when it is well formed. */
	public static String problem(String guid) {
		if (isWellFormed(guid)) {
			return null;
		}
		if (guid == null || !guid.startsWith("{") || !guid.endsWith("}")) {
			return "a GUID is written in registry form with braces: {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}";
		}
		String[] groups = guid.substring(1, guid.length() - 1).split("-", -1);
		if (groups.length != GROUP_LENGTHS.length) {
			return "a GUID has 5 groups of 8-4-4-4-12 hexadecimal digits, this one has " + groups.length;
		}
		for (int i = 0; i < groups.length; i++) {
			for (char c : groups[i].toCharArray()) {
				if (Character.digit(c, 16) < 0) {
					return "'" + c + "' in group " + (i + 1) + " is not a hexadecimal digit";
				}
			}
			if (groups[i].length() != GROUP_LENGTHS[i]) {
				return "group " + (i + 1) + " must have " + GROUP_LENGTHS[i] + " hexadecimal digits, it has " + groups[i].length();
			}
		}
		return "malformed GUID";
	}
}
