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
 * Recognises what the grammar's GUID_LITERAL terminal lexes: '{' alnum+ ('-' alnum*)+ '}'. It is as
 * lenient as the terminal on purpose (a malformed GUID is still one token, and the validator explains
 * what is wrong); an interface body's '{' is never followed by that shape, so it stays code.
 */
final class GuidRule implements IPredicateRule {

	private final IToken token;

	GuidRule(IToken token) {
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
		int read = 0;
		int c = scanner.read();
		read++;
		if (c != '{') {
			return undo(scanner, read);
		}
		int alnum = 0;
		while (isGuidChar(c = scanner.read())) {
			read++;
			alnum++;
		}
		read++;
		if (alnum == 0 || c != '-') {
			return undo(scanner, read);
		}
		while (true) {
			c = scanner.read();
			read++;
			if (c == '}') {
				return token;
			}
			if (c != '-' && !isGuidChar(c)) {
				return undo(scanner, read);
			}
		}
	}

	private static boolean isGuidChar(int c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	private static IToken undo(ICharacterScanner scanner, int read) {
		for (int i = 0; i < read; i++) {
			scanner.unread();
		}
		return Token.UNDEFINED;
	}
}
