/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim;

/** The outcome of one scenario. */
public enum Verdict {
	/** Every expectation held and no bug check occurred that was not expected. */
	PASS,
	/** An expectation failed or an unexpected bug check occurred. */
	FAIL
}
