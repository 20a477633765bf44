/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.parser;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/** Gives syntax errors and out-of-range numbers their stable codes (DDI001, DDI005). */
public class DdiSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(readable(message.getMessage()), DdiRule.SYNTAX_ERROR.code());
	}

	/** ANTLR names tokens after the grammar's terminal rules; say what the user would write instead. */
	static String readable(String message) {
		return message == null ? null
				: message.replace("RULE_GUID_LITERAL", "a GUID {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}")
						.replace("RULE_NUMBER", "a number").replace("RULE_ID", "a name").replace("RULE_STRING", "a \"string\"")
						.replace("RULE_ANY_OTHER", "a character");
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		String text = context.getValueConverterException() != null ? context.getValueConverterException().getMessage()
				: context.getDefaultMessage();
		return new SyntaxErrorMessage(text, DdiRule.INVALID_NUMBER.code());
	}
}
