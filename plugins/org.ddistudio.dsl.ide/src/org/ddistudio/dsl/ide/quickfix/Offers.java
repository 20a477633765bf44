/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.quickfix;

import java.util.Collection;

/** Receives the fixes of one diagnostic: a label saying what the fix writes, and its edits (none: not offered). */
@FunctionalInterface
interface Offers {
	void offer(String label, Collection<Replacement> edits);
}
