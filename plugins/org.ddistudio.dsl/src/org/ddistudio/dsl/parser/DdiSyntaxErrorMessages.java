package org.ddistudio.dsl.parser;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/** Gives syntax errors and out-of-range numbers their stable codes (DDI001, DDI005). */
public class DdiSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(message.getMessage(), DdiRule.SYNTAX_ERROR.code());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		String text = context.getValueConverterException() != null ? context.getValueConverterException().getMessage()
				: context.getDefaultMessage();
		return new SyntaxErrorMessage(text, DdiRule.INVALID_NUMBER.code());
	}
}
