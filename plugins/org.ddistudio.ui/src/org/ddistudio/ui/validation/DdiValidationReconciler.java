package org.ddistudio.ui.validation;

import java.util.function.Supplier;

import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.ProjectChanges;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Live validation for the Generic Editor's reconcilers slot. The platform reconciler supplies what
 * the brief asks of it: it waits for a typing pause (debounce), runs the strategy on its own
 * background thread (the UI thread never waits), and cancels a running pass when the text changes.
 * Non-incremental: DDI's whole-file and cross-file rules need the whole document anyway. It also
 * runs again when another file of the project changes, on which references and rules here depend.
 */
public class DdiValidationReconciler extends MonoReconciler implements ProjectChanges.Listener {

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

	/** F1 in a .ddi editor opens this context of org.ddistudio.help (contexts.xml). */
	public static final String HELP_CONTEXT = "org.ddistudio.help.editor";

	@Override
	public void install(ITextViewer textViewer) {
		// The text editor sets its generic help context on the widget after installing reconcilers, so
		// ours is set once the editor's creation has finished.
		org.eclipse.swt.custom.StyledText widget = textViewer.getTextWidget();
		if (widget != null) {
			widget.getDisplay().asyncExec(() -> {
				if (!widget.isDisposed()) {
					org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(widget, HELP_CONTEXT);
				}
			});
		}
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

	/** Validates again after the usual pause: the result may differ although this text did not change. */
	@Override
	public void projectChanged() {
		forceReconciling();
	}

	/** Lets the strategy find the viewer's annotation model, which exists only once installed. */
	private static final class Holder implements Supplier<IAnnotationModel> {
		private DdiValidationReconciler owner;

		@Override
		public IAnnotationModel get() {
			ISourceViewer v = owner == null ? null : owner.viewer;
			return v == null ? null : v.getAnnotationModel();
		}
	}
}
