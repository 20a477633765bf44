/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.navigation;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DdiPartitions;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;

/**
 * Ctrl+click and F3 on a reference. The platform asks on the UI thread, on every mouse move with
 * Ctrl held, so this never parses or waits: it uses the document's parse only if that parse is of
 * the current text and no background service is busy with it (after a typing pause, the reconciler
 * has just made it so); otherwise there is simply no link this time.
 */
public class DeclarationHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer.getDocument();
		if (document == null || !DdiPartitions.isDdi(document)) {
			return null;
		}
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		DeclarationLocator locator = DdiUiPlugin.injector().getInstance(DeclarationLocator.class);
		try {
			return DdiDocuments.of(document).tryRead(snapshot.text(), resource -> locator.linkAt(resource, region.getOffset()))
					.map(link -> new IHyperlink[] { link }).orElse(null);
		} catch (RuntimeException | Error e) {
			if (!DdiUiPlugin.isCancellation(e)) {
				DdiUiPlugin.log("DDI hyperlink detection failed", e);
			}
			return null;
		}
	}
}
