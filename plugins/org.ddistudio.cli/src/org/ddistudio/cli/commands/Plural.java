package org.ddistudio.cli.commands;

/** "1 error", "2 errors": summaries read like sentences. */
final class Plural {

	private Plural() {
	}

	static String of(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
