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
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * A link from a reference to the name of the declaration it refers to, in whichever file of the
 * project that is. Holds only a file and a range, no model objects, so it stays valid whatever the
 * parser does before the user clicks.
 *
 * @param region where the reference is in the editor
 * @param name   the declaration's name, for the link's label
 * @param file   the file that declares it
 * @param offset where the declaration's name starts in that file
 * @param length the name's length
 */
public record DeclarationLink(IRegion region, String name, IFile file, int offset, int length) implements IHyperlink {

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Open Declaration";
	}

	@Override
	public String getHyperlinkText() {
		return "Open Declaration of " + name;
	}

	@Override
	public void open() {
		try {
			IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
			ITextEditor editor = part.getAdapter(ITextEditor.class);
			if (editor != null) {
				editor.selectAndReveal(offset, length);
			}
		} catch (PartInitException e) {
			DdiUiPlugin.log("cannot open " + file.getFullPath(), e);
		}
	}
}
