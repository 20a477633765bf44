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

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * One Xtext {@link ContentAssistEntry} as a JFace proposal: replaces the typed prefix with the
 * proposal and keeps filtering while the user types on (so the asynchronous popup need not ask
 * Xtext again for every character).
 */
public final class EntryProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final ContentAssistEntry entry;
	private final int replacementOffset;
	private int replacementLength;
	private Point selection;

	EntryProposal(ContentAssistEntry entry, int invocationOffset) {
		this.entry = entry;
		int prefix = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
		this.replacementOffset = Math.max(0, invocationOffset - prefix);
		this.replacementLength = invocationOffset - replacementOffset;
	}

	/** The text inserted. */
	public String proposal() {
		return entry.getProposal();
	}

	/** The Xtext entry behind this proposal. */
	public ContentAssistEntry entry() {
		return entry;
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(replacementOffset, replacementLength, entry.getProposal());
			selection = new Point(replacementOffset + entry.getProposal().length(), 0);
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		// the user may have typed on since the proposals were computed: replace up to the caret
		replacementLength = Math.max(0, offset - replacementOffset);
		apply(viewer.getDocument());
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < replacementOffset) {
			return false;
		}
		try {
			String typed = document.get(replacementOffset, offset - replacementOffset);
			return entry.getProposal().regionMatches(true, 0, typed, 0, typed.length());
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return entry.getDocumentation();
	}

	@Override
	public String getDisplayString() {
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		return entry.getDescription() == null ? label : label + " - " + entry.getDescription();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
