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
