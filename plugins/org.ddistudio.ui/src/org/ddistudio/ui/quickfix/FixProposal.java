/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.quickfix;

import org.ddistudio.dsl.ide.quickfix.LocalQuickFixes.Fix;
import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** One quick fix in the Ctrl+1 popup. */
public final class FixProposal implements ICompletionProposal {

	private final DocumentSnapshot snapshot;
	private final Fix fix;
	private final String diagnostic;

	FixProposal(DocumentSnapshot snapshot, Fix fix, String diagnostic) {
		this.snapshot = snapshot;
		this.fix = fix;
		this.diagnostic = diagnostic;
	}

	@Override
	public void apply(IDocument document) {
		try {
			DocumentFixes.apply(document, snapshot, fix);
		} catch (BadLocationException e) {
			DdiUiPlugin.log("cannot apply quick fix '" + fix.label() + "'", e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null; // the caret stays where it is
	}

	@Override
	public String getAdditionalProposalInfo() {
		return "Fixes " + diagnostic;
	}

	@Override
	public String getDisplayString() {
		return fix.label();
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
