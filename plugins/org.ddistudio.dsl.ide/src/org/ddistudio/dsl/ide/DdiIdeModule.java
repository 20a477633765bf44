/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide;

import org.ddistudio.dsl.ide.contentassist.DdiContentProposalProvider;
import org.ddistudio.dsl.ide.highlighting.DdiSemanticHighlightingCalculator;
import org.ddistudio.dsl.ide.hover.DdiHoverService;
import org.ddistudio.dsl.ide.quickfix.DdiQuickFixProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

/** Bindings of the editor-agnostic IDE services (content assist, highlighting ...) on top of the generated ones. */
public class DdiIdeModule extends AbstractDdiIdeModule {

	/** Proposes a freshly generated GUID where a GUID is expected. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return DdiContentProposalProvider.class;
	}

	/** Documentation plus sizeof/offsetof on x64 and x86. */
	public Class<? extends IHoverService> bindIHoverService() {
		return DdiHoverService.class;
	}

	/** Style ids that are LSP semantic token types, so the language server colours .ddi files. */
	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return DdiSemanticHighlightingCalculator.class;
	}

	/** Quick fixes by rule code; the language server offers them as code actions ... */
	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return DdiQuickFixProvider.class;
	}

	/** ... once a code action service is bound (it also makes the server announce codeActionProvider). */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}
}
