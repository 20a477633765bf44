package org.ddistudio.ui.highlighting;

import java.util.List;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.ddistudio.ui.document.ProjectAwareReconciler;
import org.ddistudio.ui.document.WholeDocumentStrategy;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic highlighting for the Generic Editor's reconcilers slot: after a typing pause the ide
 * bundle's calculator runs on the parsed and linked document, off the UI thread, and the names it
 * types (interfaces, routines, drivers, devices, deprecated versions ...) are coloured on top of the
 * lexical colours. Runs again when another file of the project changes what a name refers to.
 */
public class SemanticHighlightingReconciler extends ProjectAwareReconciler {

	/** Typing pause before a pass, in milliseconds: as live validation, which parses the same text. */
	static final int DELAY = 300;

	private final Strategy strategy;
	private final IPreferenceStore store;

	/** For editors: colours from the plug-in's preferences. */
	public SemanticHighlightingReconciler() {
		this(null);
	}

	/** Colours from {@code store} (the preference page's preview shows its unsaved choices). */
	public SemanticHighlightingReconciler(IPreferenceStore store) {
		this(new Strategy(), store);
	}

	private SemanticHighlightingReconciler(Strategy strategy, IPreferenceStore store) {
		super(strategy, DELAY);
		this.strategy = strategy;
		this.store = store;
	}

	@Override
	public void install(ITextViewer textViewer) {
		DdiUiPlugin plugin = DdiUiPlugin.getDefault();
		SemanticPresenter presenter = new SemanticPresenter(textViewer,
				store != null ? store : plugin == null ? null : plugin.getPreferenceStore());
		presenter.install();
		strategy.presenter = presenter;
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		SemanticPresenter presenter = strategy.presenter;
		strategy.presenter = null;
		if (presenter != null) {
			presenter.uninstall();
		}
	}

	/** The ranges the editor shows now, in document order. */
	public List<SemanticRange> ranges() {
		SemanticPresenter presenter = strategy.presenter;
		return presenter == null ? List.of() : presenter.ranges();
	}

	private static final class Strategy extends WholeDocumentStrategy {
		private volatile SemanticPresenter presenter;

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
}
