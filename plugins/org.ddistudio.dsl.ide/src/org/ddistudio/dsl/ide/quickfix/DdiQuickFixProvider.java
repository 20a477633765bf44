package org.ddistudio.dsl.ide.quickfix;

import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;

/**
 * Quick fixes of the DDI language, offered by the language server as LSP code actions
 * (textDocument/codeAction, kind "quickfix") through Xtext's QuickFixCodeActionService.
 * <p>
 * None yet: this is the plumbing. A fix is a method annotated
 * {@code @QuickFix(DdiRule.XYZ_CODE)} taking {@code (DiagnosticResolutionAcceptor)}; the diagnostic's
 * code is the stable rule code (DdiRule), which the language server sends as the LSP diagnostic code.
 */
public class DdiQuickFixProvider extends AbstractDeclarativeIdeQuickfixProvider {
}
