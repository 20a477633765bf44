/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.outline;

import org.ddistudio.ui.document.DdiPartitions;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * Gives the Generic Editor an outline when it shows a .ddi file. The Generic Editor has no outline
 * extension point; the Outline view asks the editor for an {@link IContentOutlinePage} adapter, which
 * ends up here through the platform's adapter manager.
 */
public class DdiOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && editor.getDocumentProvider() != null) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (document != null && DdiPartitions.isDdi(document)) {
				return adapterType.cast(new DdiOutlinePage(editor, document));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
