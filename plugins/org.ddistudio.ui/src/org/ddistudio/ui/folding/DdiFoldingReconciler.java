/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.folding;

import java.util.function.Supplier;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * Folding for the Generic Editor's foldingReconcilers slot (replacing its indentation-based
 * fallback): the same background, debounced reconciler machinery as live validation.
 */
public class DdiFoldingReconciler extends MonoReconciler {

	private volatile ProjectionViewer viewer;

	public DdiFoldingReconciler() {
		this(new ModelSupplier());
	}

	private DdiFoldingReconciler(ModelSupplier supplier) {
		super(new FoldingStrategy(supplier), false);
		supplier.owner = this;
		setDelay(500);
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer projectionViewer) {
			viewer = projectionViewer;
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		viewer = null;
	}

	/** The viewer's projection model, which exists only while projection is enabled. */
	private static final class ModelSupplier implements Supplier<ProjectionAnnotationModel> {
		private DdiFoldingReconciler owner;

		@Override
		public ProjectionAnnotationModel get() {
			ProjectionViewer v = owner == null ? null : owner.viewer;
			return v == null ? null : v.getProjectionAnnotationModel();
		}
	}
}
