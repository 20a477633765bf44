/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.validation;

import java.util.List;
import java.util.function.Supplier;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.ddistudio.ui.document.WholeDocumentStrategy;
import org.eclipse.jface.text.IDocument;
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
public final class ValidationStrategy extends WholeDocumentStrategy {

	/** Where to publish; supplied by the reconciler once it knows its viewer. */
	private final Supplier<IAnnotationModel> annotationModel;

	public ValidationStrategy(Supplier<IAnnotationModel> annotationModel) {
		this.annotationModel = annotationModel;
	}

	@Override
	protected void update(IDocument doc, DocumentSnapshot snapshot, CancelIndicator cancel) {
		IAnnotationModel model = annotationModel.get();
		if (model == null) {
			return;
		}
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
