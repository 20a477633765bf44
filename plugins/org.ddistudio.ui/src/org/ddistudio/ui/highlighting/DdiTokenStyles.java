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

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.ddistudio.dsl.services.DdiGrammarAccess;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Maps the lexer's token types to {@link DdiStyle} names. Which keywords are WDK types, SAL
 * annotations or NTSTATUS values is read from the grammar's enum rules, so a type added to the
 * grammar is coloured as a type without touching the editor.
 */
@Singleton
public class DdiTokenStyles extends AbstractAntlrTokenToAttributeIdMapper {

	private final Set<String> wdkTypes = new HashSet<>();
	private final Set<String> salAnnotations = new HashSet<>();
	private final Set<String> statusValues = new HashSet<>();

	@Inject
	public DdiTokenStyles(DdiGrammarAccess grammar) {
		// collected before the token-def provider is injected, which triggers calculateId
		collect(grammar.getBaseTypeRule(), wdkTypes);
		collect(grammar.getSalKindRule(), salAnnotations);
		collect(grammar.getNtStatusRule(), statusValues);
	}

	private static void collect(AbstractRule rule, Set<String> into) {
		for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
			into.add(keyword.getValue());
		}
	}

	/**
	 * The style of a token type. Xtext answers ids of its own for some types (e.g. "error" for a
	 * character the lexer cannot place, as in an unterminated string): those are plain text.
	 */
	public DdiStyle styleOf(int tokenType) {
		String id = getId(tokenType);
		return id == null ? DdiStyle.PLAIN : STYLES.getOrDefault(id, DdiStyle.PLAIN);
	}

	private static final Map<String, DdiStyle> STYLES = styles();

	private static Map<String, DdiStyle> styles() {
		Map<String, DdiStyle> byName = new HashMap<>();
		for (DdiStyle style : DdiStyle.values()) {
			byName.put(style.name(), style);
		}
		return Map.copyOf(byName);
	}

	@Override
	protected String calculateId(String tokenName, int tokenType) {
		return switch (tokenName) {
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> DdiStyle.COMMENT.name();
			case "RULE_GUID_LITERAL" -> DdiStyle.GUID.name();
			case "RULE_NUMBER" -> DdiStyle.NUMBER.name();
			case "RULE_STRING" -> DdiStyle.STRING.name();
			default -> keywordStyle(tokenName).name();
		};
	}

	private DdiStyle keywordStyle(String tokenName) {
		if (tokenName.length() < 3 || !tokenName.startsWith("'") || !tokenName.endsWith("'")) {
			return DdiStyle.PLAIN; // RULE_ID, RULE_WS, RULE_ANY_OTHER
		}
		String keyword = tokenName.substring(1, tokenName.length() - 1);
		if (wdkTypes.contains(keyword)) {
			return DdiStyle.WDK_TYPE;
		}
		if (salAnnotations.contains(keyword)) {
			return DdiStyle.SAL;
		}
		if (statusValues.contains(keyword)) {
			return DdiStyle.STATUS;
		}
		// words are keywords; punctuation such as '{' or '->' is not worth a colour
		return Character.isLetter(keyword.charAt(0)) || keyword.charAt(0) == '_' ? DdiStyle.KEYWORD : DdiStyle.PLAIN;
	}
}
