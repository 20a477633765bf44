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

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * A whole-document reconciler whose result also depends on the other files of the project: live
 * validation and semantic highlighting. The platform reconciler waits for a typing pause, runs the
 * strategy on its own background thread and cancels a running pass when the text changes; this one
 * also runs again when another .ddi file of the project changes (references and whole-system rules
 * reach into them) or when {@link ProjectChanges#changedEverywhere()} says the rules themselves changed.
 */
public abstract class ProjectAwareReconciler extends MonoReconciler implements ProjectChanges.Listener {

	private volatile ISourceViewer viewer;

	protected ProjectAwareReconciler(IReconcilingStrategy strategy, int delay) {
		super(strategy, false);
		setDelay(delay);
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer) {
			viewer = sourceViewer;
		}
		super.install(textViewer);
		ProjectChanges.add(this);
	}

	@Override
	public void uninstall() {
		ProjectChanges.remove(this);
		super.uninstall();
		viewer = null;
	}

	/** The viewer this reconciler is installed on, or {@code null}. */
	protected ISourceViewer viewer() {
		return viewer;
	}

	@Override
	public IProject project() {
		IDocument document = document();
		return document == null ? null : DdiDocuments.of(document).project();
	}

	@Override
	public IDocument document() {
		ISourceViewer v = viewer;
		return v == null ? null : v.getDocument();
	}

	/** Runs again after the usual pause: the result may differ although this text did not change. */
	@Override
	public void projectChanged() {
		forceReconciling();
	}
}
