/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.reconciling;

import java.util.function.Supplier;

import org.ddistudio.ui.document.ProjectAwareReconciler;
import org.ddistudio.ui.document.SequentialStrategy;
import org.ddistudio.ui.highlighting.SemanticHighlightingStrategy;
import org.ddistudio.ui.validation.ValidationStrategy;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.PlatformUI;

/**
 * The .ddi editor's reconciler (the Generic Editor's reconcilers slot). After a typing pause it parses
 * the document once, off the UI thread, then validates it (annotations) and computes its semantic
 * highlighting, in that order: the markers users wait for come first, and both passes use one parse.
 * The platform reconciler provides the debounce, the background thread and cancellation when the text
 * changes; it also runs again when another file of the project changes (see ProjectAwareReconciler).
 */
public class DdiReconciler extends ProjectAwareReconciler {

	/** Typing pause before a pass, in milliseconds. */
	public static final int DELAY = 300;

	/** F1 in a .ddi editor opens this context of org.ddistudio.help (contexts.xml). */
	public static final String HELP_CONTEXT = "org.ddistudio.help.editor";

	private final SemanticHighlightingStrategy highlighting;

	public DdiReconciler() {
		this(new AnnotationModelOf(), new SemanticHighlightingStrategy());
	}

	private DdiReconciler(AnnotationModelOf annotations, SemanticHighlightingStrategy highlighting) {
		super(new SequentialStrategy(new ValidationStrategy(annotations), highlighting), DELAY);
		annotations.owner = this;
		this.highlighting = highlighting;
	}

	@Override
	public void install(ITextViewer textViewer) {
		// The text editor sets its generic help context on the widget after installing reconcilers, so
		// ours is set once the editor's creation has finished.
		StyledText widget = textViewer.getTextWidget();
		if (widget != null) {
			widget.getDisplay().asyncExec(() -> {
				if (!widget.isDisposed()) {
					PlatformUI.getWorkbench().getHelpSystem().setHelp(widget, HELP_CONTEXT);
				}
			});
		}
		highlighting.install(textViewer, null);
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		highlighting.uninstall();
	}

	/** Lets validation find the viewer's annotation model, which exists only once installed. */
	private static final class AnnotationModelOf implements Supplier<IAnnotationModel> {
		private DdiReconciler owner;

		@Override
		public IAnnotationModel get() {
			ISourceViewer v = owner == null ? null : owner.viewer();
			return v == null ? null : v.getAnnotationModel();
		}
	}
}
