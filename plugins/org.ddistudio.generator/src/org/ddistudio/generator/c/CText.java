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

import java.util.Locale;

/** Small text helpers for emitting C. */
public final class CText {

	private CText() {
	}

	/** "GetCrispinessLevel" → "GET_CRISPINESS_LEVEL", "EvtSetXUEntities" → "EVT_SET_XU_ENTITIES"; already upper names stay. */
	public static String upperSnake(String name) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				char previous = name.charAt(i - 1);
				boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
				// A word starts at lower→Upper ("tS") and at the last capital of an acronym ("XUEntities": 'E').
				if (Character.isLowerCase(previous) || Character.isDigit(previous) || (Character.isUpperCase(previous) && nextLower)) {
					out.append('_');
				}
			}
			out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
		}
		return out.toString().replaceAll("_+", "_");
	}

	/** A string usable as a macro name: letters, digits and underscores, upper case. */
	public static String macroName(String text) {
		return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
	}

	/**
	 * A documentation comment ("/** ... *&#47;") indented by {@code indent}, or "" when there is no text.
	 * A "*&#47;" inside the text would end the comment early, so it is broken up.
	 */
	public static String docComment(String documentation, String indent) {
		if (documentation == null || documentation.isBlank()) {
			return "";
		}
		String[] lines = documentation.strip().replace("*/", "* /").split("\\R");
		if (lines.length == 1) {
			return indent + "/** " + lines[0].strip() + " */\n";
		}
		StringBuilder out = new StringBuilder(indent).append("/**\n");
		for (String line : lines) {
			out.append(indent).append(" *").append(line.isBlank() ? "" : " " + line.strip()).append('\n');
		}
		return out.append(indent).append(" */\n").toString();
	}

	/** A USHORT version as C: decimal below 256, else 4-digit hex as the WDK writes them (0x0102). */
	public static String version(int version) {
		return version < 256 ? Integer.toString(version) : String.format("0x%04X", version);
	}

	/** The version as part of a name: "1", "0102". */
	public static String versionSuffix(int version) {
		return version < 256 ? Integer.toString(version) : String.format("%04X", version);
	}
}
