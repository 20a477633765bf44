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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ddistudio.dsl.ide.quickfix.LocalQuickFixes.Fix;
import org.ddistudio.ui.DdiUiPlugin;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

/**
 * One fix of a DDI problem marker. It works on the file's text buffer: the open editor's document if
 * the file is open (the change is then unsaved and undoable there, like a fix from Ctrl+1), else a
 * buffer of its own that is saved after the fix, since nobody else would ever save it.
 */
final class DdiMarkerResolution implements IMarkerResolution2 {

	private final String label;
	private final int index;

	private DdiMarkerResolution(String label, int index) {
		this.label = label;
		this.index = index;
	}

	/** The resolutions of a marker, one per fix of its issue in the file's current text. */
	static List<DdiMarkerResolution> of(IMarker marker) {
		List<Fix> fixes = withBuffer(marker, buffer -> locate(marker, buffer).fixes());
		List<DdiMarkerResolution> result = new ArrayList<>();
		for (int i = 0; fixes != null && i < fixes.size(); i++) {
			result.add(new DdiMarkerResolution(fixes.get(i).label(), i));
		}
		return result;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return label;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		withBuffer(marker, buffer -> {
			boolean alreadyDirty = buffer.isDirty();
			boolean ownBuffer = !buffer.isShared();
			// computed again: the text may have changed since the resolutions were listed
			DocumentFixes.Located located = locate(marker, buffer);
			Fix fix = located.fixes().stream().filter(f -> f.label().equals(label)).findFirst()
					.orElse(index < located.fixes().size() ? located.fixes().get(index) : null);
			try {
				if (fix != null && DocumentFixes.apply(buffer.getDocument(), located.snapshot(), fix) && ownBuffer && !alreadyDirty) {
					buffer.commit(new NullProgressMonitor(), true);
				}
			} catch (BadLocationException | CoreException e) {
				DdiUiPlugin.log("cannot apply quick fix '" + label + "' to " + marker.getResource().getName(), e);
			}
			return null;
		});
	}

	private static DocumentFixes.Located locate(IMarker marker, ITextFileBuffer buffer) {
		return DocumentFixes.forLocation(buffer.getDocument(), marker.getAttribute(DdiMarkerResolutionGenerator.RULE_CODE, ""),
				marker.getAttribute(IMarker.CHAR_START, -1), marker.getAttribute(IMarker.LINE_NUMBER, -1));
	}

	/** Runs {@code work} on the marker file's text buffer, connected for the duration. */
	private static <T> T withBuffer(IMarker marker, Function<ITextFileBuffer, T> work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = marker.getResource().getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
		} catch (CoreException e) {
			DdiUiPlugin.log("cannot open " + path + " for a quick fix", e);
			return null;
		}
		try {
			return work.apply(manager.getTextFileBuffer(path, LocationKind.IFILE));
		} finally {
			try {
				manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
			} catch (CoreException e) {
				DdiUiPlugin.log("cannot release " + path, e);
			}
		}
	}
}
