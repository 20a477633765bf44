package org.ddistudio.dsl.ide;

import org.ddistudio.dsl.ide.contentassist.DdiContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/** Bindings of the editor-agnostic IDE services (content assist, highlighting ...) on top of the generated ones. */
public class DdiIdeModule extends AbstractDdiIdeModule {

	/** Proposes a freshly generated GUID where a GUID is expected. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return DdiContentProposalProvider.class;
	}
}
