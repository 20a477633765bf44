package org.ddistudio.check;

/** The outcome of a check, named as Static Driver Verifier names its results. */
public enum CheckVerdict {
	/** Every reachable state was explored and no invariant is violated. */
	PASS,
	/** An invariant is violated; the result carries a shortest counterexample. */
	DEFECT,
	/** A bound (states, depth or time) ended the search before it was complete and no defect was found. */
	INCONCLUSIVE
}
