/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.outline;

import java.util.List;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view's page for a .ddi editor. The tree is computed in a background job a moment after
 * the last keystroke (parsing is not for the UI thread) and handed to the UI as plain
 * {@link OutlineNode} values; selecting an entry selects the element's name in the editor.
 */
public class DdiOutlinePage extends ContentOutlinePage {

	/** The id under which the outline's context menu is registered for contributions. */
	public static final String CONTEXT_MENU_ID = "org.ddistudio.ui.outline.contextMenu";

	/** Pause after typing before the outline follows. */
	static final long DELAY_MS = 400;

	private final ITextEditor editor;
	private final IDocument document;
	private final Job refresh;
	private final IDocumentListener listener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh.schedule(DELAY_MS);
		}
	};

	public DdiOutlinePage(ITextEditor editor, IDocument document) {
		this.editor = editor;
		this.document = document;
		this.refresh = Job.create("Updating the DDI outline", monitor -> {
			DocumentSnapshot snapshot = DocumentSnapshot.of(document);
			List<OutlineNode> nodes;
			try {
				OutlineComputer computer = DdiUiPlugin.injector().getInstance(OutlineComputer.class);
				nodes = DdiDocuments.of(document).read(snapshot.text(), computer::compute);
			} catch (RuntimeException | Error e) {
				return DdiUiPlugin.isCancellation(e) ? Status.CANCEL_STATUS : Status.error("outline failed", e);
			}
			showLater(nodes, snapshot);
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
	}

	private void showLater(List<OutlineNode> nodes, DocumentSnapshot snapshot) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed() && snapshot.isCurrent(document)) {
				viewer.setInput(nodes);
				viewer.expandAll();
			}
		});
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new NodeContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof OutlineNode node ? node.label() : super.getText(element);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node) {
				editor.selectAndReveal(node.offset(), node.length());
			}
		});
		contextMenu(viewer);
		document.addDocumentListener(listener);
		refresh.schedule();
	}

	/**
	 * A context menu that others contribute to (Run As on a scenario comes from org.ddistudio.ui.launch):
	 * registered with the site, so object contributions for the selected entries appear in it.
	 */
	private void contextMenu(TreeViewer viewer) {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(CONTEXT_MENU_ID, menu, viewer);
	}

	/** The entries currently shown (for tests and for whoever wants to know what the user sees). */
	@SuppressWarnings("unchecked")
	public List<OutlineNode> shownNodes() {
		Object input = getTreeViewer() == null ? null : getTreeViewer().getInput();
		return input instanceof List<?> list ? (List<OutlineNode>) list : List.of();
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(listener);
		refresh.cancel();
		super.dispose();
	}

	private static final class NodeContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof OutlineNode node ? node.children().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof OutlineNode node && !node.children().isEmpty();
		}
	}
}
