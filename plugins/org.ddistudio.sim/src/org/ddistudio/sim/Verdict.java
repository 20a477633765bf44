package org.ddistudio.sim;

/** The outcome of one scenario. */
public enum Verdict {
	/** Every expectation held and no bug check occurred that was not expected. */
	PASS,
	/** An expectation failed or an unexpected bug check occurred. */
	FAIL
}
