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
