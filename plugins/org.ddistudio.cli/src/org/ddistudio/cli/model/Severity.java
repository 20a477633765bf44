package org.ddistudio.cli.model;

/** How bad a finding is, with the word compilers print for it. */
public enum Severity {
	ERROR("error"), WARNING("warning"), NOTE("note");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
