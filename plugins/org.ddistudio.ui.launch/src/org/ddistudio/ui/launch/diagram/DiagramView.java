/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.ddistudio.diagram.DotExport;
import org.ddistudio.diagram.StackDiagram;
import org.ddistudio.diagram.StackDiagrams;
import org.ddistudio.diagram.SvgExport;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.ui.launch.core.ModelLoader;
import org.ddistudio.ui.launch.core.ResultNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The stack diagram of a system, drawn with SWT on a scrollable canvas: the system of the active .ddi
 * editor, or the system of the line selected in the results view with that line's devices highlighted
 * (a trace entry, a finding, a counterexample). Models are loaded and laid out in jobs; the UI thread
 * only paints. Exports the diagram as SVG and DOT.
 */
public final class DiagramView extends ViewPart {

	public static final String ID = "org.ddistudio.ui.launch.diagram";

	private ScrolledComposite scroller;
	private Canvas canvas;
	private DiagramPainter painter;
	private Font plain;
	private Font bold;
	private Font italic;
	private volatile StackDiagram diagram;
	/** Only the newest request's layout is shown: a slow load never overwrites a later selection. */
	private final AtomicLong generation = new AtomicLong();

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart editor) {
				follow(editor);
			}
		}
	};

	private final ISelectionListener selections = (IWorkbenchPart part, ISelection selection) -> {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof ResultNode node && node.system() != null) {
			show(node.system(), node.devices());
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		scroller.setContent(canvas);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		// 12 px monospace, the size StackDiagrams measures text with
		plain = new Font(parent.getDisplay(), new FontData("Monospace", 9, SWT.NORMAL));
		bold = new Font(parent.getDisplay(), new FontData("Monospace", 9, SWT.BOLD));
		italic = new Font(parent.getDisplay(), new FontData("Monospace", 8, SWT.ITALIC));
		painter = new DiagramPainter(parent.getDisplay(), plain, bold, italic);
		canvas.addPaintListener(e -> {
			StackDiagram current = diagram;
			if (current == null) {
				e.gc.drawString("Open a .ddi file with a system, or select a line in the DDI Results view.", 10, 10);
			} else {
				painter.paint(e.gc, current, canvas.getSize().x, canvas.getSize().y);
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(export("Export SVG...", "*.svg", () -> SvgExport.toSvg(diagram)));
		getViewSite().getActionBars().getToolBarManager().add(export("Export DOT...", "*.dot", () -> DotExport.toDot(diagram.system())));
		getSite().getPage().addPartListener(editors);
		getSite().getPage().addPostSelectionListener(selections);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			follow(active);
		}
	}

	private Action export(String text, String extension, java.util.function.Supplier<String> content) {
		Action action = new Action(text) {
			@Override
			public void run() {
				if (diagram == null) {
					return;
				}
				FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { extension });
				dialog.setFileName(diagram.system().getName() + extension.substring(1));
				dialog.setOverwrite(true);
				String target = dialog.open();
				if (target != null) {
					try {
						Files.writeString(Path.of(target), content.get(), StandardCharsets.UTF_8);
					} catch (IOException e) {
						MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + target + ": " + e.getMessage());
					}
				}
			}
		};
		action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		return action;
	}

	/** Shows the first system of a .ddi editor's file. */
	private void follow(IEditorPart editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null || !"ddi".equals(file.getFileExtension())) {
			return;
		}
		long request = generation.incrementAndGet();
		Job job = Job.create("Stack diagram of " + file.getName(), (IProgressMonitor monitor) -> {
			try {
				var systems = ModelLoader.load(file).systems();
				if (!systems.isEmpty() && !monitor.isCanceled()) {
					publish(request, StackDiagrams.layout(systems.get(0), Set.of()));
				}
			} catch (Exception e) {
				ILog.of(DiagramView.class).warn("no stack diagram for " + file.getFullPath() + ": " + e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Shows a system with elements highlighted; lays it out in a job. */
	public void show(SystemLayout system, Set<EObject> highlighted) {
		long request = generation.incrementAndGet();
		Job job = Job.create("Stack diagram of " + system.getName(), (IProgressMonitor monitor) -> {
			publish(request, StackDiagrams.layout(system, highlighted));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void publish(long request, StackDiagram laidOut) {
		canvas.getDisplay().asyncExec(() -> {
			if (canvas.isDisposed() || request != generation.get()) {
				return;
			}
			diagram = laidOut;
			scroller.setMinSize((int) Math.ceil(laidOut.width()), (int) Math.ceil(laidOut.height()));
			canvas.redraw();
		});
	}

	/** The diagram on display, or null. */
	public StackDiagram diagram() {
		return diagram;
	}

	/** The diagram on display as SVG (what Export SVG writes). */
	public String svg() {
		return SvgExport.toSvg(diagram);
	}

	/** The diagram's system as DOT (what Export DOT writes). */
	public String dot() {
		return DotExport.toDot(diagram.system());
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		getSite().getPage().removePostSelectionListener(selections);
		painter.dispose();
		plain.dispose();
		bold.dispose();
		italic.dispose();
		super.dispose();
	}

}
