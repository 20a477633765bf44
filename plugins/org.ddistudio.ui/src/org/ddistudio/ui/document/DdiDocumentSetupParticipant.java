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

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.core.filebuffers.IDocumentSetupParticipantExtension;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IDocument;

/**
 * Runs when the platform creates the document of a .ddi file buffer, before any editor shows it:
 * installs the DDI partitioning and attaches the document's language state with its location, so
 * that the state knows its project, and reports its changes to the project's other open files.
 * Cheap on purpose: nothing is parsed here.
 */
public class DdiDocumentSetupParticipant implements IDocumentSetupParticipant, IDocumentSetupParticipantExtension {

	@Override
	public void setup(IDocument document) {
		DdiPartitions.install(document);
	}

	@Override
	public void setup(IDocument document, IPath location, LocationKind locationKind) {
		DdiPartitions.install(document);
		if (locationKind == LocationKind.IFILE) {
			DdiDocuments.connect(document, location);
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getFile(location).getProject();
			// unsaved typing here is news for the other open files of the project
			document.addDocumentListener(new IDocumentListener() {
				@Override
				public void documentAboutToBeChanged(DocumentEvent event) {
				}

				@Override
				public void documentChanged(DocumentEvent event) {
					ProjectChanges.changed(project, event.getDocument());
				}
			});
		} else if (location != null) {
			DdiDocuments.connectExternal(document, location);
		}
	}
}
