package org.ddistudio.dsl.ide.contentassist;

import java.util.Locale;
import java.util.UUID;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Content assist of the DDI language: Xtext's keywords and cross-references, plus a freshly
 * generated GUID in registry form where the grammar expects one (a new interface needs a new GUID;
 * reusing one is rule DDI101).
 */
public class DdiContentProposalProvider extends IdeContentProposalProvider {

	/** The grammar's terminal for GUIDs in registry form. */
	static final String GUID_RULE = "GUID_LITERAL";

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		AbstractRule rule = ruleCall.getRule();
		if (rule != null && GUID_RULE.equals(rule.getName())) {
			String guid = "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}";
			ContentAssistEntry entry = getProposalCreator().createProposal(guid, context);
			if (entry != null) {
				entry.setKind(ContentAssistEntry.KIND_VALUE);
				entry.setLabel("new GUID " + guid);
				entry.setDescription("a freshly generated GUID for a new interface");
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 10);
			}
			return;
		}
		super._createProposals(ruleCall, context, acceptor);
	}

	/**
	 * For an assignment of a terminal, Xtext proposes the feature's name as a placeholder ("guid");
	 * where the terminal is a GUID, the generated GUID above is the only sensible proposal.
	 */
	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment.getTerminal() instanceof RuleCall call && call.getRule() != null && GUID_RULE.equals(call.getRule().getName())) {
			_createProposals(call, context, acceptor);
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}
}
