/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.document;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * Matches exactly "/**&#47;", an empty block comment. Without it the documentation-comment rule would
 * take its "/**" as an opening and run on to the next comment's end, as the lexer never does.
 */
final class EmptyCommentRule implements IPredicateRule {

	private static final char[] TEXT = "/**/".toCharArray();

	private final IToken token;

	EmptyCommentRule(IToken token) {
		this.token = token;
	}

	@Override
	public IToken getSuccessToken() {
		return token;
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		return evaluate(scanner, false);
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner, boolean resume) {
		for (int i = 0; i < TEXT.length; i++) {
			if (scanner.read() != TEXT[i]) {
				for (int j = 0; j <= i; j++) {
					scanner.unread();
				}
				return Token.UNDEFINED;
			}
		}
		return token;
	}
}
