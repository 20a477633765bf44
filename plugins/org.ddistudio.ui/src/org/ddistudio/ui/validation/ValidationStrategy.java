package org.ddistudio.ui.validation;

import java.util.List;
import java.util.function.Supplier;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Re-parses and validates the whole document on the reconciler's background thread and publishes
 * the issues as annotations. A run is abandoned as soon as the reconciler cancels it or the document
 * changes, and its result is only published if the document still has the validated text, so stale
 * annotations never replace fresher ones.
 */
final class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	/** Where to publish; supplied by the reconciler once it knows its viewer. */
	private final Supplier<IAnnotationModel> annotationModel;
	private volatile IDocument document;
	private volatile IProgressMonitor monitor = new NullProgressMonitor();

	ValidationStrategy(Supplier<IAnnotationModel> annotationModel) {
		this.annotationModel = annotationModel;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	private void validate() {
		IDocument doc = document;
		IAnnotationModel model = annotationModel.get();
		if (doc == null || model == null) {
			return;
		}
		DocumentSnapshot snapshot = DocumentSnapshot.of(doc);
		CancelIndicator cancel = () -> monitor.isCanceled() || !snapshot.isCurrent(doc);
		try {
			List<Issue> issues = DdiDocuments.of(doc).read(snapshot.text(), resource -> {
				IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
				return validator.validate(resource, CheckMode.ALL, cancel);
			});
			if (!cancel.isCanceled()) {
				IssueAnnotations.replace(model, doc, issues);
			}
		} catch (RuntimeException | Error e) {
			// never let anything escape: it would end the reconciler thread, and with it live validation
			if (!DdiUiPlugin.isCancellation(e)) {
				DdiUiPlugin.log("DDI validation failed", e);
			}
		}
	}
}
