/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.highlighting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/**
 * Shows the semantic ranges of one editor: it merges them into every text presentation the viewer
 * builds (so lexical repairs while typing keep the semantic colours), and keeps them as document
 * positions so they move with edits until the next semantic pass. A new pass only repaints the span
 * between the first and the last range that changed. Lives on the UI thread, except
 * {@link #publishLater}, which background passes call.
 */
final class SemanticPresenter implements ITextPresentationListener, ITextInputListener {

	/** Per presenter: two editors on one file share the document, not their ranges. */
	private final String category = "org.ddistudio.ui.semanticHighlighting." + System.identityHashCode(this);

	private final ITextViewer viewer;
	private final DdiPalette palette;
	private final IPreferenceStore store;
	private final IPropertyChangeListener preferenceListener = this::preferenceChanged;

	private volatile Map<DdiStyle, TextAttribute> attributes;
	private IDocument document;
	private IPositionUpdater updater;
	private List<SemanticRange> ranges = List.of();

	SemanticPresenter(ITextViewer viewer, IPreferenceStore store) {
		this.viewer = viewer;
		StyledText text = viewer.getTextWidget();
		this.palette = DdiPalette.forBackground(text == null ? null : text.getBackground().getRGB());
		this.store = store;
		this.attributes = readAttributes();
	}

	void install() {
		if (viewer instanceof ITextViewerExtension4 ext) {
			ext.addTextPresentationListener(this);
		}
		viewer.addTextInputListener(this);
		attach(viewer.getDocument());
		if (store != null) {
			store.addPropertyChangeListener(preferenceListener);
		}
	}

	void uninstall() {
		if (store != null) {
			store.removePropertyChangeListener(preferenceListener);
		}
		viewer.removeTextInputListener(this);
		if (viewer instanceof ITextViewerExtension4 ext) {
			ext.removeTextPresentationListener(this);
		}
		detach();
	}

	/** The ranges now shown (for tests and the benchmark), in document order. */
	List<SemanticRange> ranges() {
		return ranges;
	}

	/** Hands a pass's result to the UI thread; dropped there if the text changed in between. */
	void publishLater(IDocument doc, DocumentSnapshot snapshot, List<SemanticRange> fresh) {
		StyledText text = viewer.getTextWidget();
		if (text == null || text.isDisposed()) {
			return;
		}
		text.getDisplay().asyncExec(() -> {
			if (!text.isDisposed() && doc == document && snapshot.isCurrent(doc)) {
				publish(fresh);
			}
		});
	}

	private void publish(List<SemanticRange> fresh) {
		List<SemanticRange> old = ranges;
		int first = 0;
		while (first < old.size() && first < fresh.size() && fresh.get(first).sameAs(old.get(first))) {
			first++;
		}
		int oldLast = old.size() - 1;
		int freshLast = fresh.size() - 1;
		while (oldLast >= first && freshLast >= first && fresh.get(freshLast).sameAs(old.get(oldLast))) {
			oldLast--;
			freshLast--;
		}
		if (first > oldLast && first > freshLast) {
			return; // nothing changed: keep the positions, which are the same
		}
		int start = Integer.MAX_VALUE;
		int end = 0;
		for (List<SemanticRange> side : List.of(old.subList(first, oldLast + 1), fresh.subList(first, freshLast + 1))) {
			for (SemanticRange range : side) {
				start = Math.min(start, range.getOffset());
				end = Math.max(end, range.getOffset() + range.getLength());
			}
		}
		try {
			// dropping the category drops all old ranges at once (removing them one by one is quadratic)
			document.removePositionCategory(category);
			document.addPositionCategory(category);
			for (SemanticRange range : fresh) {
				document.addPosition(category, range);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			// the snapshot is current, so every range lies inside the document and the category exists
			DdiUiPlugin.log("DDI semantic highlighting out of step with its document", e);
		}
		ranges = fresh;
		end = Math.min(end, document.getLength());
		if (start < end && viewer instanceof ITextViewerExtension2 ext) {
			ext.invalidateTextPresentation(start, end - start);
		} else if (start < end) {
			viewer.invalidateTextPresentation();
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		Map<DdiStyle, TextAttribute> current = attributes;
		List<SemanticRange> shown = ranges;
		for (int i = firstEndingAfter(shown, from); i < shown.size(); i++) {
			SemanticRange range = shown.get(i);
			if (range.getOffset() >= to) {
				break;
			}
			if (range.isDeleted()) {
				continue;
			}
			int start = Math.max(from, range.getOffset());
			int length = Math.min(to, range.getOffset() + range.getLength()) - start;
			if (length > 0) {
				presentation.mergeStyleRange(styleRange(start, length, current.get(range.style)));
				if (range.deprecated) {
					presentation.mergeStyleRange(styleRange(start, length, current.get(DdiStyle.DEPRECATED)));
				}
			}
		}
	}

	/** Index of the first range that ends after {@code offset} (ranges are sorted and do not overlap). */
	private static int firstEndingAfter(List<SemanticRange> shown, int offset) {
		int low = 0;
		int high = shown.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			SemanticRange range = shown.get(mid);
			if (range.getOffset() + range.getLength() <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	private static StyleRange styleRange(int start, int length, TextAttribute attribute) {
		StyleRange range = new StyleRange(start, length, attribute.getForeground(), attribute.getBackground(),
				attribute.getStyle() & (SWT.BOLD | SWT.ITALIC));
		range.strikeout = (attribute.getStyle() & TextAttribute.STRIKETHROUGH) != 0;
		range.underline = (attribute.getStyle() & TextAttribute.UNDERLINE) != 0;
		return range;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		detach();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		attach(newInput);
	}

	private void attach(IDocument doc) {
		if (doc == null || doc == document) {
			return;
		}
		document = doc;
		doc.addPositionCategory(category);
		updater = new DefaultPositionUpdater(category);
		doc.addPositionUpdater(updater);
	}

	private void detach() {
		if (document == null) {
			return;
		}
		document.removePositionUpdater(updater);
		try {
			document.removePositionCategory(category);
		} catch (BadPositionCategoryException e) {
			// already gone
		}
		document = null;
		ranges = List.of();
	}

	private void preferenceChanged(PropertyChangeEvent event) {
		if (StylePreferences.isStyleKey(event.getProperty())) {
			// the presentation reconciler repaints the editor after it has read the new colours too
			attributes = readAttributes();
		}
	}

	private Map<DdiStyle, TextAttribute> readAttributes() {
		Map<DdiStyle, TextAttribute> result = new EnumMap<>(DdiStyle.class);
		for (DdiStyle style : DdiStyle.values()) {
			result.put(style, store == null ? palette.attribute(style) : StylePreferences.attribute(store, style, palette));
		}
		return result;
	}
}
