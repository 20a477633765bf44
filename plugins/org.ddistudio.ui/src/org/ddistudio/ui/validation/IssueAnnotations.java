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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Replaces the DDI issue annotations of an annotation model with a new set, in one model event. */
final class IssueAnnotations {

	private IssueAnnotations() {
	}

	static void replace(IAnnotationModel model, IDocument document, List<Issue> issues) {
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof DdiIssueAnnotation) {
				old.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.IGNORE) {
				added.put(new DdiIssueAnnotation(issue), positionOf(issue, document));
			}
		}
		if (model instanceof IAnnotationModelExtension ext) {
			ext.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	/** The issue's range, clamped to the document; a whole line when the issue has no offset. */
	private static Position positionOf(Issue issue, IDocument document) {
		int length = document.getLength();
		if (issue.getOffset() != null) {
			int offset = Math.max(0, Math.min(issue.getOffset(), length));
			int size = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), length - offset));
			return new Position(offset, size);
		}
		try {
			int line = issue.getLineNumber() == null ? 0 : Math.max(0, issue.getLineNumber() - 1);
			line = Math.min(line, document.getNumberOfLines() - 1);
			return new Position(document.getLineOffset(line), document.getLineLength(line));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}
}
