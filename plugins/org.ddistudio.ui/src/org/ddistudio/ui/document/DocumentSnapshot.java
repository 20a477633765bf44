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

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/**
 * The text of a document together with the modification stamp it had, read consistently from any
 * thread. Background services compute on a snapshot and only publish their result while the
 * document still has the snapshot's stamp, so they never show results for text that is gone.
 *
 * @param text  the document's text
 * @param stamp its modification stamp ({@link IDocumentExtension4#UNKNOWN_MODIFICATION_STAMP} if the
 *              document has none)
 */
public record DocumentSnapshot(String text, long stamp) {

	/** Reads text and stamp; retries when the UI thread changed the document in between. */
	public static DocumentSnapshot of(IDocument document) {
		while (true) {
			long before = stampOf(document);
			String text = document.get();
			if (stampOf(document) == before) {
				return new DocumentSnapshot(text, before);
			}
		}
	}

	/** Whether the document still has exactly this snapshot's content. */
	public boolean isCurrent(IDocument document) {
		long now = stampOf(document);
		if (now == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			return text.equals(document.get());
		}
		return now == stamp;
	}

	private static long stampOf(IDocument document) {
		return document instanceof IDocumentExtension4 ext ? ext.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
