/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.highlighting;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.Lexer;

/**
 * Colours the code partition with the language's own ANTLR lexer, so highlighting agrees with the
 * parser token for token (a keyword used where the grammar allows it is a keyword, "x86" is one word,
 * "0x1F" is one number). Runs on the UI thread, but only lexes the damaged lines.
 */
final class DdiTokenScanner implements ITokenScanner {

	private final Lexer lexer;
	private final DdiTokenStyles styles;
	private final StyleTokens tokens;

	private int rangeOffset;
	private int tokenOffset;
	private int tokenLength;

	DdiTokenScanner(Lexer lexer, DdiTokenStyles styles, StyleTokens tokens) {
		this.lexer = lexer;
		this.styles = styles;
		this.tokens = tokens;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			text = "";
		}
		rangeOffset = offset;
		tokenOffset = offset;
		tokenLength = 0;
		lexer.setCharStream(new ANTLRStringStream(text));
	}

	@Override
	public IToken nextToken() {
		org.antlr.runtime.Token next = lexer.nextToken();
		if (next == null || next.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		CommonToken token = (CommonToken) next;
		tokenOffset = rangeOffset + token.getStartIndex();
		tokenLength = token.getStopIndex() - token.getStartIndex() + 1;
		return tokens.token(styles.styleOf(token.getType()));
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
