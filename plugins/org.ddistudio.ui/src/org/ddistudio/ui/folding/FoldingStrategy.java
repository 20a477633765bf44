/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.ddistudio.ui.document.WholeDocumentStrategy;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Computes folding ranges with Xtext's {@link IFoldingRangeProvider} (declarations, blocks, multi-line
 * comments) off the UI thread, widens them to whole lines as Eclipse folds, and updates the
 * projection model so that a range the user has collapsed stays collapsed while they type elsewhere.
 */
final class FoldingStrategy extends WholeDocumentStrategy {

	private final Supplier<ProjectionAnnotationModel> model;

	FoldingStrategy(Supplier<ProjectionAnnotationModel> model) {
		this.model = model;
	}

	@Override
	protected void update(IDocument doc, DocumentSnapshot snapshot, CancelIndicator cancel) {
		ProjectionAnnotationModel projection = model.get();
		if (projection == null) {
			return;
		}
		try {
			IFoldingRangeProvider provider = DdiUiPlugin.injector().getInstance(IFoldingRangeProvider.class);
			SortedSet<FoldingRange> ranges = DdiDocuments.of(doc).read(snapshot.text(), resource -> provider.getFoldingRanges(resource, cancel));
			Set<Position> wanted = wholeLines(doc, ranges);
			if (!cancel.isCanceled()) {
				apply(projection, wanted);
			}
		} catch (RuntimeException | Error e) {
			if (!DdiUiPlugin.isCancellation(e)) {
				DdiUiPlugin.log("DDI folding failed", e);
			}
		}
	}

	/** Ranges from the start of their first line to the end of their last, if that is more than one line. */
	private static Set<Position> wholeLines(IDocument doc, SortedSet<FoldingRange> ranges) {
		Set<Position> positions = new LinkedHashSet<>();
		for (FoldingRange range : ranges) {
			try {
				int first = doc.getLineOfOffset(range.getOffset());
				int last = doc.getLineOfOffset(Math.min(doc.getLength(), range.getOffset() + range.getLength()));
				if (last > first) {
					int start = doc.getLineOffset(first);
					int end = last + 1 < doc.getNumberOfLines() ? doc.getLineOffset(last + 1) : doc.getLength();
					positions.add(new Position(start, end - start));
				}
			} catch (BadLocationException e) {
				// the range is from the snapshot; a later change will bring a fresh computation
			}
		}
		return positions;
	}

	/** Removes folds that are gone, adds new ones, keeps the rest (with their collapsed state). */
	private static void apply(ProjectionAnnotationModel projection, Set<Position> wanted) {
		Set<Position> missing = new LinkedHashSet<>(wanted);
		List<Annotation> gone = new ArrayList<>();
		for (Iterator<Annotation> it = projection.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof ProjectionAnnotation) {
				Position position = projection.getPosition(annotation);
				if (position == null || !missing.remove(position)) {
					gone.add(annotation);
				}
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position position : missing) {
			added.put(new ProjectionAnnotation(), position);
		}
		if (!gone.isEmpty() || !added.isEmpty()) {
			projection.modifyAnnotations(gone.toArray(Annotation[]::new), added, null);
		}
	}
}
