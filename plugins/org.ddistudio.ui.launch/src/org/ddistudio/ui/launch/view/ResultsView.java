/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.view;

import java.util.List;
import java.util.function.Consumer;

import org.ddistudio.ui.launch.core.ElementLocation;
import org.ddistudio.ui.launch.core.ResultNode;
import org.ddistudio.ui.launch.core.RunHistory;
import org.ddistudio.ui.launch.core.ElementLocation;
import org.ddistudio.ui.launch.core.RunRecord;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The results of simulation runs, like the JUnit view: a summary line, the history of this session's
 * runs, and a tree of scenarios and checks with their verdicts, findings and traces. Double-click
 * opens the .ddi source of a line; Re-run launches the shown run's configuration again. The tree is
 * this view's selection, which the stack diagram view follows.
 */
public final class ResultsView extends ViewPart {

	public static final String ID = "org.ddistudio.ui.launch.results";

	private TreeViewer viewer;
	private Label summary;
	private Combo history;
	private List<RunRecord> runs = List.of();
	private RunRecord shown;
	private Image pass;
	private Image fail;
	private Image inconclusive;
	private final Consumer<RunRecord> listener = run -> {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (viewer != null && !viewer.getControl().isDisposed()) {
				refreshHistory(run);
			}
		});
	};

	@Override
	public void createPartControl(Composite parent) {
		pass = Badges.disc(parent.getDisplay(), Badges.PASS);
		fail = Badges.disc(parent.getDisplay(), Badges.FAIL);
		inconclusive = Badges.disc(parent.getDisplay(), Badges.INCONCLUSIVE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		history = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		history.setToolTipText("Earlier runs of this session");
		GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(history);
		history.addListener(SWT.Selection, e -> {
			int index = history.getSelectionIndex();
			if (index >= 0 && index < runs.size()) {
				show(runs.get(index));
			}
		});
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getControl());
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		RunHistory.addListener(listener);
		refreshHistory(RunHistory.latest());
	}

	private void contributeActions(IToolBarManager toolbar) {
		Action rerun = new Action("Re-run") {
			@Override
			public void run() {
				if (shown != null && shown.configuration() != null) {
					DebugUITools.launch(shown.configuration(), ILaunchManager.RUN_MODE);
				}
			}
		};
		rerun.setToolTipText("Run the shown configuration again");
		rerun.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		Action expand = new Action("Expand All") {
			@Override
			public void run() {
				viewer.expandAll();
			}
		};
		expand.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
		Action clear = new Action("Clear History") {
			@Override
			public void run() {
				RunHistory.clear();
				refreshHistory(null);
			}
		};
		clear.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_REMOVEALL));
		toolbar.add(rerun);
		toolbar.add(expand);
		toolbar.add(clear);
	}

	/** Lists the history again and shows {@code run} (the newest when it just finished). */
	private void refreshHistory(RunRecord run) {
		runs = RunHistory.runs();
		history.setItems(runs.stream().map(RunRecord::title).toArray(String[]::new));
		if (run != null && runs.contains(run)) {
			history.select(runs.indexOf(run));
		}
		show(run);
	}

	/** Shows one run of the history. */
	public void show(RunRecord run) {
		shown = run;
		viewer.setInput(run);
		if (run == null) {
			summary.setText("No simulation run yet: Run As > DDI Simulation on a .ddi file.");
		} else if (run.error() != null) {
			summary.setText(run.file().getName() + ": " + run.error());
		} else {
			summary.setText(String.format("%s: %d run, %d passed, %d failed%s", run.file().getName(), run.items().size(),
					run.count(ResultNode.Status.PASS), run.items().size() - run.count(ResultNode.Status.PASS), run.cancelled() ? " (cancelled)" : ""));
		}
		summary.setForeground(run == null ? null : summary.getDisplay().getSystemColor(run.ok() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		summary.getParent().layout();
		// failures first in sight: expand the scenarios that did not pass down to their findings
		if (run != null) {
			for (ResultNode item : run.items()) {
				if (item.status() != null && !item.status().ok()) {
					viewer.expandToLevel(item, 1);
				}
			}
		}
	}

	/** The run on display, or null. */
	public RunRecord shown() {
		return shown;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** Opens the source of a result line in its editor, selecting the element. */
	static void open(Object element) {
		if (!(element instanceof ResultNode node) || node.location() == null) {
			return;
		}
		ElementLocation location = node.location();
		try {
			var part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), location.file(), true);
			ITextEditor editor = part.getAdapter(ITextEditor.class);
			if (editor != null) {
				editor.selectAndReveal(location.offset(), location.length());
			}
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(ResultsView.class).error("cannot open " + location.file().getFullPath(), e);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		RunHistory.removeListener(listener);
		pass.dispose();
		fail.dispose();
		inconclusive.dispose();
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof RunRecord run ? run.items().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((ResultNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((ResultNode) element).parent();
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((ResultNode) element).children().isEmpty();
		}
	}

	private final class Labels extends LabelProvider implements IColorProvider {
		@Override
		public String getText(Object element) {
			ResultNode node = (ResultNode) element;
			return node.status() != null && (node.kind() == ResultNode.Kind.SCENARIO || node.kind() == ResultNode.Kind.CHECK)
					? "[" + node.status() + "] " + node.label()
					: node.label();
		}

		@Override
		public Image getImage(Object element) {
			ResultNode node = (ResultNode) element;
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			return switch (node.kind()) {
			case SCENARIO, CHECK -> switch (node.status()) {
			case PASS -> pass;
			case INCONCLUSIVE -> inconclusive;
			default -> fail;
			};
			case FINDING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
			case GROUP -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
			default -> null;
			};
		}

		@Override
		public Color getForeground(Object element) {
			ResultNode node = (ResultNode) element;
			if (node.kind() == ResultNode.Kind.TEXT) {
				return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}
			return node.location() == null && node.kind() == ResultNode.Kind.TRACE
					? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)
					: null;
		}

		@Override
		public Color getBackground(Object element) {
			return null;
		}
	}
}
