/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui;

import org.ddistudio.dsl.parser.antlr.internal.InternalDdiLexer;
import org.ddistudio.ui.validation.ConfiguredSeverityValidator;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.service.AbstractGenericModule;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * The bridge between the editor-agnostic ide services and the Eclipse Generic Editor: only what the
 * Generic Editor needs beyond the language's runtime and ide modules. Xtext's own Eclipse UI module
 * would bind these; we cannot use it (its bundles are not on Maven Central).
 */
public class DdiUiModule extends AbstractGenericModule {

	/**
	 * Highlighting lexes with the runtime lexer, so a token is coloured exactly as the parser sees it
	 * (the content-assist lexer of the ide bundle has the same tokens, but its own token numbers).
	 */
	public void configureHighlightingLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING)).to(InternalDdiLexer.class);
	}

	/** Token names for the highlighting lexer's token numbers: the runtime parser's token file. */
	public void configureHighlightingTokenDefProvider(Binder binder) {
		binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
	}

	/** Live annotations and builder markers show the severities chosen on the Validation preference page. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return ConfiguredSeverityValidator.class;
	}
}
