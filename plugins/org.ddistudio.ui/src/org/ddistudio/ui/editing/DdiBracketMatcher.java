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
