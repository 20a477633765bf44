/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.contentassist;

import java.util.List;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Content assist for the Generic Editor's contentAssistProcessors slot. The Generic Editor's
 * assistant is asynchronous: this runs on a worker thread, so parsing the current text here does
 * not freeze the UI.
 */
public class DdiContentAssistProcessor implements IContentAssistProcessor {

	private static final char[] AUTO_ACTIVATION = { '.' };

	private String errorMessage;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		errorMessage = null;
		try {
			List<ContentAssistEntry> entries = entries(viewer.getDocument(), offset);
			return entries.stream().map(e -> new EntryProposal(e, offset)).toArray(ICompletionProposal[]::new);
		} catch (RuntimeException | Error e) {
			if (!DdiUiPlugin.isCancellation(e)) { // cancelled: the user typed on, a new request follows
				DdiUiPlugin.log("DDI content assist failed", e);
				errorMessage = "Content assist failed: " + e;
			}
			return new ICompletionProposal[0];
		}
	}

	/** The Xtext entries at an offset of a document's current text, best first. */
	public static List<ContentAssistEntry> entries(IDocument document, int offset) {
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		CancelIndicator cancel = () -> !snapshot.isCurrent(document);
		DdiCompletion completion = DdiUiPlugin.injector().getInstance(DdiCompletion.class);
		return DdiDocuments.of(document).read(snapshot.text(),
				resource -> completion.entries(resource, snapshot.text(), offset, cancel));
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return AUTO_ACTIVATION;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
