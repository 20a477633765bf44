/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.highlighting;

import java.util.List;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.ddistudio.ui.document.WholeDocumentStrategy;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic highlighting as a reconciling pass: the ide bundle's calculator runs on the parsed and linked
 * document, off the UI thread, and the names it types (interfaces, routines, drivers, devices,
 * deprecated versions ...) are coloured on top of the lexical colours by a {@link SemanticPresenter}.
 */
public final class SemanticHighlightingStrategy extends WholeDocumentStrategy {

	private volatile SemanticPresenter presenter;

	/** Starts colouring a viewer, with colours from {@code store} (null: the plug-in's preferences). */
	public void install(ITextViewer viewer, IPreferenceStore store) {
		DdiUiPlugin plugin = DdiUiPlugin.getDefault();
		SemanticPresenter created = new SemanticPresenter(viewer, store != null ? store : plugin == null ? null : plugin.getPreferenceStore());
		created.install();
		presenter = created;
	}

	public void uninstall() {
		SemanticPresenter installed = presenter;
		presenter = null;
		if (installed != null) {
			installed.uninstall();
		}
	}

	/** The ranges the viewer shows now, in document order. */
	public List<SemanticRange> ranges() {
		SemanticPresenter installed = presenter;
		return installed == null ? List.of() : installed.ranges();
	}

	@Override
	protected void update(IDocument doc, DocumentSnapshot snapshot, CancelIndicator cancel) {
		SemanticPresenter target = presenter;
		if (target == null) {
			return;
		}
		try {
			ISemanticHighlightingCalculator calculator = DdiUiPlugin.injector().getInstance(ISemanticHighlightingCalculator.class);
			List<SemanticRange> ranges = DdiDocuments.of(doc).read(snapshot.text(),
					resource -> SemanticRanges.compute(calculator, resource, cancel));
			if (!cancel.isCanceled()) {
				target.publishLater(doc, snapshot, ranges);
			}
		} catch (RuntimeException | Error e) {
			// never let anything escape: it would end the reconciler thread, and with it the colouring
			if (!DdiUiPlugin.isCancellation(e)) {
				DdiUiPlugin.log("DDI semantic highlighting failed", e);
			}
		}
	}
}
