package org.ddistudio.ui.validation;

import java.util.function.Supplier;

import org.ddistudio.ui.document.ProjectAwareReconciler;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.PlatformUI;

/**
 * Live validation for the Generic Editor's reconcilers slot: after a typing pause the document is
 * parsed and validated on the reconciler's thread (the UI thread never waits) and the issues become
 * annotations. Non-incremental: DDI's whole-file and cross-file rules need the whole document anyway.
 */
public class DdiValidationReconciler extends ProjectAwareReconciler {

	/** Typing pause before validating, in milliseconds. */
	static final int DELAY = 300;

	/** F1 in a .ddi editor opens this context of org.ddistudio.help (contexts.xml). */
	public static final String HELP_CONTEXT = "org.ddistudio.help.editor";

	public DdiValidationReconciler() {
		this(new Holder());
	}

	private DdiValidationReconciler(Holder holder) {
		super(new ValidationStrategy(holder), DELAY);
		holder.owner = this;
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
		super.install(textViewer);
	}

	/** Lets the strategy find the viewer's annotation model, which exists only once installed. */
	private static final class Holder implements Supplier<IAnnotationModel> {
		private DdiValidationReconciler owner;

		@Override
		public IAnnotationModel get() {
			ISourceViewer v = owner == null ? null : owner.viewer();
			return v == null ? null : v.getAnnotationModel();
		}
	}
}
