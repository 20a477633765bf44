/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
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
