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
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
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
final class FoldingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final Supplier<ProjectionAnnotationModel> model;
	private volatile IDocument document;
	private volatile IProgressMonitor monitor = new NullProgressMonitor();

	FoldingStrategy(Supplier<ProjectionAnnotationModel> model) {
		this.model = model;
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
		update();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		update();
	}

	@Override
	public void reconcile(IRegion partition) {
		update();
	}

	private void update() {
		IDocument doc = document;
		ProjectionAnnotationModel projection = model.get();
		if (doc == null || projection == null) {
			return;
		}
		DocumentSnapshot snapshot = DocumentSnapshot.of(doc);
		CancelIndicator cancel = () -> monitor.isCanceled() || !snapshot.isCurrent(doc);
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
