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

/**
 * A visited-set entry: the 128-bit fingerprint of a state's canonical encoding (Machine#fingerprint). As in
 * TLC, the set keeps fingerprints rather than states: 16 bytes a state, and a collision (two different
 * states taken for one) has probability about n^2 / 2^129 for n states, below 10^-26 at the state bound.
 */
record StateKey(long high, long low) {

	static StateKey of(org.ddistudio.sim.Machine machine, long[] scratch) {
		machine.fingerprint(scratch);
		return new StateKey(scratch[0], scratch[1]);
	}
}
