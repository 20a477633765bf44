/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.commands;

/** "1 error", "2 errors": summaries read like sentences. */
final class Plural {

	private Plural() {
	}

	static String of(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
