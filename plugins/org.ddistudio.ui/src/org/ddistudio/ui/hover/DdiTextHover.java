/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.hover;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Hover for the Generic Editor's hoverProviders slot. The platform asks for hover information on a
 * background thread ({@link ITextHoverExtension2}), so parsing there is fine. The text is plain and
 * shown in the editor's text font, so the layout table's columns line up.
 */
public class DdiTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		int start = offset;
		int end = offset;
		try {
			while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
				start--;
			}
			while (end < document.getLength() && Character.isJavaIdentifierPart(document.getChar(end))) {
				end++;
			}
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return new Region(offset, 0);
		}
		return new Region(start, end - start);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		return text(viewer.getDocument(), region.getOffset());
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return text(viewer.getDocument(), region.getOffset());
	}

	/** The hover text at an offset of the document's current text, or {@code null}. */
	public static String text(IDocument document, int offset) {
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		DdiHoverText hover = DdiUiPlugin.injector().getInstance(DdiHoverText.class);
		try {
			return DdiDocuments.of(document).read(snapshot.text(), resource -> hover.at(resource, offset));
		} catch (RuntimeException | Error e) {
			if (!DdiUiPlugin.isCancellation(e)) {
				DdiUiPlugin.log("DDI hover failed", e);
			}
			return null;
		}
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(), null) {
			@Override
			protected void createContent(Composite content) {
				super.createContent(content);
				for (Control child : content.getChildren()) {
					if (child instanceof StyledText text) {
						text.setFont(JFaceResources.getTextFont());
					}
				}
			}
		};
	}
}
