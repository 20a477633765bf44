/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.document;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Several whole-document passes run one after the other on one reconciler thread, in the order given.
 * Passes on separate reconciler threads would contend for the document's lock, and the first to get it
 * would be chosen by chance; in sequence, the one users wait for most (live validation) goes first and
 * the later ones reuse its parse.
 */
public final class SequentialStrategy extends WholeDocumentStrategy {

	private final List<WholeDocumentStrategy> passes;

	public SequentialStrategy(WholeDocumentStrategy... passes) {
		this.passes = List.of(passes);
	}

	@Override
	protected void update(IDocument document, DocumentSnapshot snapshot, CancelIndicator cancel) {
		for (WholeDocumentStrategy pass : passes) {
			if (cancel.isCanceled()) {
				return;
			}
			pass.update(document, snapshot, cancel);
		}
	}
}
