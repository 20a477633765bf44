package org.ddistudio.ui.validation;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Live validation for the Generic Editor's reconcilers slot. The platform reconciler supplies what
 * the brief asks of it: it waits for a typing pause (debounce), runs the strategy on its own
 * background thread (the UI thread never waits), and cancels a running pass when the text changes.
 * Non-incremental: DDI's whole-file and cross-file rules need the whole document anyway.
 */
public class DdiValidationReconciler extends MonoReconciler {

	/** Typing pause before validating, in milliseconds. */
	static final int DELAY = 300;

	private volatile ISourceViewer viewer;

	public DdiValidationReconciler() {
		this(new Holder());
	}

	private DdiValidationReconciler(Holder holder) {
		super(new ValidationStrategy(holder), false);
		holder.owner = this;
		setDelay(DELAY);
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer) {
			viewer = sourceViewer;
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		viewer = null;
	}

	/** Lets the strategy find the viewer's annotation model, which exists only once installed. */
	private static final class Holder implements ValidationStrategy.AnnotationModelSource {
		private DdiValidationReconciler owner;

		@Override
		public IAnnotationModel get() {
			ISourceViewer v = owner == null ? null : owner.viewer;
			return v == null ? null : v.getAnnotationModel();
		}
	}
}
