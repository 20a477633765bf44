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

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * A reconciling strategy that redoes its work for the whole document on every reconcile, on the
 * reconciler's background thread: a DDI file is parsed as a whole, so a dirty region says nothing
 * smaller to redo. Subclasses get the document, its snapshot and a cancel indicator that fires when
 * the reconciler cancels or the text changes, so stale results are never published.
 */
public abstract class WholeDocumentStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private volatile IDocument document;
	private volatile IProgressMonitor monitor = new NullProgressMonitor();

	@Override
	public final void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public final void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public final void initialReconcile() {
		run();
	}

	@Override
	public final void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		run();
	}

	@Override
	public final void reconcile(IRegion partition) {
		run();
	}

	private void run() {
		IDocument doc = document;
		if (doc != null) {
			DocumentSnapshot snapshot = DocumentSnapshot.of(doc);
			update(doc, snapshot, () -> monitor.isCanceled() || !snapshot.isCurrent(doc));
		}
	}

	/** Does the work for the document as the snapshot has it; stop and publish nothing once {@code cancel} fires. */
	protected abstract void update(IDocument document, DocumentSnapshot snapshot, CancelIndicator cancel);
}
