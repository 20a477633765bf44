package org.ddistudio.sim;

/** The kinds of problem a simulation reports, each under a stable code (docs/rules.md). */
public enum FindingKind {
	BUG_CHECK("SIM001", "Bug check"),
	REFERENCES_OUTSTANDING("SIM002", "References outstanding when the producer goes away"),
	REMOVAL_VETOED("SIM003", "Removal vetoed"),
	REMOVAL_BLOCKED("SIM004", "Removal blocked forever"),
	NEVER_RELEASED("SIM005", "Interface never released"),
	USE_AFTER_RELEASE("SIM006", "Interface used after release"),
	LEAKED_REFERENCE("SIM007", "Reference leaked"),
	DOUBLE_RELEASE("SIM008", "Interface released twice"),
	EXPECTATION_FAILED("SIM009", "Expectation not met");

	private final String code;
	private final String title;

	FindingKind(String code, String title) {
		this.code = code;
		this.title = title;
	}

	public String code() {
		return code;
	}

	public String title() {
		return title;
	}
}
