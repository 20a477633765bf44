/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.occurrences;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Mark occurrences for the Generic Editor's highlightReconcilers slot: when the caret rests on the name
 * of an interface, routine, driver, device ... every mention of that element in the file is
 * highlighted, its declaration in a colour of its own. Computed by the ide bundle's document highlight
 * service in a background job that a newer caret position cancels; the UI thread never waits. Follows
 * the editor's "Toggle Mark Occurrences" button (the Generic Editor's own preference).
 */
public class OccurrencesReconciler implements IReconciler {

	/** Annotation type of a reference to the element under the caret. */
	public static final String OCCURRENCE = "org.ddistudio.ui.occurrence";
	/** Annotation type of the element's declaration. */
	public static final String DECLARATION = "org.ddistudio.ui.occurrence.declaration";

	/** The Generic Editor's preference that its toolbar button toggles. */
	static final String TOGGLE_NODE = "org.eclipse.ui.genericeditor";
	static final String TOGGLE_KEY = "org.eclipse.ui.genericeditor.togglehighlight";

	private final ISelectionChangedListener selectionListener = event -> selectionChanged(event.getSelection());
	private final IEclipsePreferences.IPreferenceChangeListener toggleListener = this::toggled;

	private ISourceViewer viewer;
	private volatile boolean enabled;
	private Annotation[] shown = new Annotation[0];
	private Job pending;

	@Override
	public void install(ITextViewer textViewer) {
		if (!(textViewer instanceof ISourceViewer sourceViewer)) {
			return;
		}
		viewer = sourceViewer;
		IEclipsePreferences toggle = InstanceScope.INSTANCE.getNode(TOGGLE_NODE);
		toggle.addPreferenceChangeListener(toggleListener);
		enabled = toggle.getBoolean(TOGGLE_KEY, true);
		ISelectionProvider provider = sourceViewer.getSelectionProvider();
		if (provider instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(selectionListener);
		} else {
			provider.addSelectionChangedListener(selectionListener);
		}
	}

	@Override
	public void uninstall() {
		if (viewer == null) {
			return;
		}
		InstanceScope.INSTANCE.getNode(TOGGLE_NODE).removePreferenceChangeListener(toggleListener);
		ISelectionProvider provider = viewer.getSelectionProvider();
		if (provider instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(selectionListener);
		} else if (provider != null) {
			provider.removeSelectionChangedListener(selectionListener);
		}
		if (pending != null) {
			pending.cancel();
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null; // driven by the caret, not by text changes
	}

	private void toggled(IEclipsePreferences.PreferenceChangeEvent event) {
		if (!TOGGLE_KEY.equals(event.getKey())) {
			return;
		}
		enabled = event.getNewValue() == null || Boolean.parseBoolean(event.getNewValue().toString());
		ISourceViewer v = viewer;
		StyledText text = v == null ? null : v.getTextWidget();
		if (text != null && !text.isDisposed()) {
			text.getDisplay().asyncExec(() -> {
				if (viewer == v && !text.isDisposed()) {
					if (enabled) {
						selectionChanged(v.getSelectionProvider().getSelection());
					} else {
						show(List.of());
					}
				}
			});
		}
	}

	/** On the UI thread: starts a computation for the new caret position, cancelling the previous one. */
	private void selectionChanged(ISelection selection) {
		ISourceViewer v = viewer;
		IDocument document = v == null ? null : v.getDocument();
		if (document == null || !enabled || !(selection instanceof ITextSelection text) || text.getOffset() < 0) {
			return;
		}
		if (pending != null) {
			pending.cancel();
		}
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		int offset = text.getOffset();
		Job job = Job.createSystem("Mark DDI occurrences",
				(IProgressMonitor monitor) -> compute(v, document, snapshot, offset, monitor));
		pending = job;
		job.schedule();
	}

	private IStatus compute(ISourceViewer v, IDocument document, DocumentSnapshot snapshot, int offset, IProgressMonitor monitor) {
		CancelIndicator cancel = () -> monitor.isCanceled() || !snapshot.isCurrent(document);
		try {
			IDocumentHighlightService service = DdiUiPlugin.injector().getInstance(IDocumentHighlightService.class);
			List<Occurrence> found = DdiDocuments.of(document).read(snapshot.text(),
					resource -> Occurrences.find(service, resource, snapshot.text(), offset, cancel));
			StyledText text = v.getTextWidget();
			if (!cancel.isCanceled() && text != null && !text.isDisposed()) {
				text.getDisplay().asyncExec(() -> {
					if (viewer == v && v.getDocument() == document && snapshot.isCurrent(document) && enabled) {
						show(found);
					}
				});
			}
		} catch (RuntimeException | Error e) {
			if (!DdiUiPlugin.isCancellation(e)) {
				DdiUiPlugin.log("DDI mark occurrences failed", e);
			}
		}
		return Status.OK_STATUS;
	}

	/** Replaces the shown occurrences in one annotation model event. */
	private void show(List<Occurrence> found) {
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Occurrence occurrence : found) {
			String type = occurrence.declaration() ? DECLARATION : OCCURRENCE;
			String label = occurrence.declaration() ? "Declaration" : "Occurrence";
			added.put(new Annotation(type, false, label), new Position(occurrence.offset(), occurrence.length()));
		}
		if (model instanceof IAnnotationModelExtension ext) {
			ext.replaceAnnotations(shown, added);
		} else {
			for (Annotation annotation : shown) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		shown = added.keySet().toArray(Annotation[]::new);
	}
}
