package org.ddistudio.check;

/** Why a search stopped before exploring everything. */
public enum Bound {
	/** The number of distinct states reached --max-states (SDV: "spaceout"). */
	STATES("state bound"),
	/** Some state at --max-depth still had events to explore. */
	DEPTH("depth bound"),
	/** --timeout expired (SDV: "timeout"). */
	TIME("time bound"),
	/** The caller cancelled the search. */
	CANCELLED("cancelled");

	private final String text;

	Bound(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}
}
