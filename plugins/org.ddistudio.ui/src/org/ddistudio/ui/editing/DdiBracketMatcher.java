/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.editing;

import org.ddistudio.ui.document.DdiPartitions;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/**
 * Bracket matching for the Generic Editor's characterPairMatchers slot. Works on the DDI
 * partitioning, so the braces of a GUID literal or a brace in a comment never pair with code.
 */
public class DdiBracketMatcher extends DefaultCharacterPairMatcher {

	public DdiBracketMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' }, DdiPartitions.PARTITIONING, true);
	}
}
