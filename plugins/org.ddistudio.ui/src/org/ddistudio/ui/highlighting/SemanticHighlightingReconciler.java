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

import org.ddistudio.ui.document.ProjectAwareReconciler;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextViewer;

/**
 * Semantic highlighting alone, for viewers that are not .ddi editors: the Syntax Coloring page's
 * preview. (The editor runs the same pass after live validation, in {@code DdiReconciler}.)
 */
public class SemanticHighlightingReconciler extends ProjectAwareReconciler {

	/** Pause after a change before a pass, in milliseconds. */
	static final int DELAY = 300;

	private final SemanticHighlightingStrategy strategy;
	private final IPreferenceStore store;

	/** Colours from {@code store} (the preview shows the page's unsaved choices). */
	public SemanticHighlightingReconciler(IPreferenceStore store) {
		this(new SemanticHighlightingStrategy(), store);
	}

	private SemanticHighlightingReconciler(SemanticHighlightingStrategy strategy, IPreferenceStore store) {
		super(strategy, DELAY);
		this.strategy = strategy;
		this.store = store;
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.install(textViewer, store);
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		strategy.uninstall();
	}
}
