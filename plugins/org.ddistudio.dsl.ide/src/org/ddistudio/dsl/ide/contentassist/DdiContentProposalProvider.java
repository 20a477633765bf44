/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.contentassist;

import java.util.Locale;
import java.util.UUID;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.BaseTypeLayout;
import org.ddistudio.model.layout.SizeAndAlignment;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Xtext's grammar-driven proposals (keywords, cross-references across the resource set), plus what
 * the grammar cannot know: a freshly generated GUID where a GUID literal may follow, and the size of
 * a WDK base type next to its keyword, since choosing a type for an interface member is choosing a
 * layout. Nothing here is editor-specific: the Eclipse editor and the language server both use it.
 */
public class DdiContentProposalProvider extends IdeContentProposalProvider {

	/** Above Xtext's keyword and cross-reference priorities: after 'guid' a new GUID is what one wants. */
	static final int GUID_PRIORITY = 1000;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment.getTerminal() instanceof RuleCall call && "GUID_LITERAL".equals(call.getRule().getName())) {
			String guid = freshGuid();
			ContentAssistEntry entry = getProposalCreator().createProposal(guid, context, ContentAssistEntry.KIND_VALUE, e -> {
				e.setLabel(guid);
				e.setDescription("new GUID");
				e.setDocumentation("A GUID generated just now (random, version 4), in registry form.");
			});
			if (entry != null) {
				acceptor.accept(entry, GUID_PRIORITY);
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String description = describe(keyword);
		if (description == null || !filterKeyword(keyword, context)) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, ContentAssistEntry.KIND_KEYWORD,
				e -> e.setDescription(description));
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
		}
	}

	/**
	 * Punctuation ('{', '}', ';', '->' ...) is not worth a proposal: typing it is shorter than picking
	 * it, and it would crowd out the words that are.
	 */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		return (Character.isLetter(value.charAt(0)) || value.charAt(0) == '_') && super.filterKeyword(keyword, context);
	}

	/** A short description for base-type and SAL keywords, {@code null} for plain keywords. */
	private static String describe(Keyword keyword) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		if (!(rule instanceof EnumRule)) {
			return null;
		}
		return switch (rule.getName()) {
			case "BaseType" -> {
				BaseType type = BaseType.get(keyword.getValue());
				if (type == null) {
					yield "WDK type";
				}
				SizeAndAlignment x64 = BaseTypeLayout.of(type, Abi.X64);
				SizeAndAlignment x86 = BaseTypeLayout.of(type, Abi.X86);
				if (x64 == null || x86 == null) {
					yield "WDK type"; // VOID has no size
				}
				yield x64.size() == x86.size() ? "WDK type, " + x64.size() + " bytes"
						: "WDK type, " + x64.size() + " bytes on x64, " + x86.size() + " on x86";
			}
			case "SalKind" -> "SAL annotation";
			default -> null;
		};
	}

	/** A new random GUID in the registry form the language uses, upper case as in WDK headers. */
	public static String freshGuid() {
		return "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}";
	}
}
