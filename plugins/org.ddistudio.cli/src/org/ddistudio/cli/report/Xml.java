/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.report;

/** XML text for the JUnit reports. */
public final class Xml {

	private Xml() {
	}

	/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
