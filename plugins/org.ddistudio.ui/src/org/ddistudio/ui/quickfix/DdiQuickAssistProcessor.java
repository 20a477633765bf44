/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.ddistudio.dsl.ide.quickfix.LocalQuickFixes.Fix;
import org.ddistudio.ui.validation.DdiIssueAnnotation;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * Ctrl+1 in the Generic Editor (quickAssistProcessors slot): the fixes of the live DDI annotations
 * under the caret, or on the caret's line if none is under it. Problem markers are not handled here:
 * the Generic Editor's own marker processor already offers their marker resolutions
 * ({@link DdiMarkerResolutionGenerator}), so a diagnostic that is also a marker is left to it.
 */
public class DdiQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof DdiIssueAnnotation issue && DocumentFixes.isFixable(issue.code());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		IDocument document = viewer == null ? null : viewer.getDocument();
		if (model == null || document == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (DdiIssueAnnotation issue : annotationsAt(model, document, context.getOffset())) {
			Position position = model.getPosition(issue);
			Severity severity = DdiIssueAnnotation.ERROR.equals(issue.getType()) ? Severity.ERROR : Severity.WARNING;
			DocumentFixes.Located located = DocumentFixes.forRange(document, issue.code(), issue.getText(), severity,
					position.getOffset(), position.getLength());
			for (Fix fix : located.fixes()) {
				proposals.add(new FixProposal(located.snapshot(), fix, issue.getText()));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The fixable DDI annotations containing the offset; if there are none, those on its line. */
	static List<DdiIssueAnnotation> annotationsAt(IAnnotationModel model, IDocument document, int offset) {
		List<DdiIssueAnnotation> under = new ArrayList<>();
		List<DdiIssueAnnotation> onLine = new ArrayList<>();
		int line = lineOf(document, offset);
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (!(it.next() instanceof DdiIssueAnnotation issue) || issue.isMarkedDeleted() || !DocumentFixes.isFixable(issue.code())) {
				continue;
			}
			Position position = model.getPosition(issue);
			if (position == null || position.isDeleted() || hasMarker(model, issue.code(), position)) {
				continue;
			}
			if (position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
				under.add(issue);
			} else if (line >= 0 && lineOf(document, position.getOffset()) == line) {
				onLine.add(issue);
			}
		}
		return under.isEmpty() ? onLine : under;
	}

	/** Whether a problem marker of the same rule shows at the same place (its resolutions are offered already). */
	private static boolean hasMarker(IAnnotationModel model, String code, Position position) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation marker && marker.getMarker().exists()) {
				IMarker m = marker.getMarker();
				Position other = model.getPosition(marker);
				if (DdiMarkerResolutionGenerator.isOurs(m)
						&& code.equals(m.getAttribute(DdiMarkerResolutionGenerator.RULE_CODE, null)) && other != null
						&& other.overlapsWith(position.getOffset(), Math.max(1, position.getLength()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static int lineOf(IDocument document, int offset) {
		try {
			return document.getLineOfOffset(offset);
		} catch (BadLocationException e) {
			return -1;
		}
	}

	@Override
	public String getErrorMessage() {
		return null;
	}
}
