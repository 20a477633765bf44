package org.ddistudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the picture in docs/images/editor.png: the editor with a live error marker and the content
 * assist popup open. Only when -Dddistudio.screenshot=<path>.png is given (an unset Maven
 * property reaches the test runtime as "null"), so ordinary builds do not
 * write into the source tree.
 */
@EnabledIfSystemProperty(named = "ddistudio.screenshot", matches = ".+\\.png")
class EditorScreenshotTest {

	@Test
	void screenshotWithMarkersAndContentAssist() throws Exception {
		// a consumer calling a routine the interface does not have (an error marker), and a second
		// consumer being typed, with content assist proposing the interface declared in widget.ddi
		String typing = "    consume WID";
		String function = Fixtures.FUNCTION.replace("calls Poke", "calls Poke, Reset").replace("    }\n}", "    }\n" + typing + "\n}");
		IProject project = Ui.project("widgets", "widget.ddi", Fixtures.WIDGET, "function.ddi", function);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1400, 860);
		ITextEditor editor = Ui.open(project.getFile("function.ddi"));
		Ui.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		Ui.page().activate(editor);
		IDocument document = Ui.document(editor);
		Ui.waitUntil("an error annotation", () -> Ui.hasCode(editor, "DDI002"));
		int caret = document.get().lastIndexOf(typing) + typing.length();
		editor.selectAndReveal(caret, 0);
		ISourceViewer viewer = Ui.viewer(editor);
		viewer.getTextWidget().setFocus();
		((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Ui.waitUntil("the content assist popup", () -> popupTable() != null && popupTable().getItemCount() > 0);
		Ui.settle(800);

		File target = new File(System.getProperty("ddistudio.screenshot"));
		capture(shell, target);

		// second picture, next to the first: the hover over the interface, with its layout table
		Shell proposals = popupShell();
		if (proposals != null) {
			proposals.close();
		}
		Ui.settle(300);
		editor.selectAndReveal(document.get().indexOf("WIDGET_INTERFACE") + 4, 0);
		((ITextOperationTarget) viewer).doOperation(ISourceViewer.INFORMATION);
		Ui.waitUntil("the hover", () -> popupShell() != null);
		Ui.settle(800);
		capture(shell, new File(target.getParentFile(), target.getName().replace(".png", "-hover.png")));
		Ui.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	/** Saves what the screen shows of the workbench window (and any popups over it) as a PNG. */
	private static void capture(Shell shell, File target) {
		Display display = shell.getDisplay();
		// down to the bottom of the client area: without a window manager the shell's bounds reach past
		// what the workbench paints, which would leave a black band in the picture
		Rectangle bounds = shell.getBounds();
		Rectangle client = display.map(shell, null, shell.getClientArea());
		Rectangle area = new Rectangle(bounds.x, bounds.y, bounds.width, client.y + client.height - bounds.y);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		target.getAbsoluteFile().getParentFile().mkdirs();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(target.getAbsolutePath(), SWT.IMAGE_PNG);
		image.dispose();
		assertTrue(target.length() > 10_000, "screenshot written: " + target);
	}

	/** A visible popup over the workbench window, if any. */
	private static Shell popupShell() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
				return shell;
			}
		}
		return null;
	}

	/** The proposal table of an open content-assist popup, if any. */
	private static Table popupTable() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
				for (var child : shell.getChildren()) {
					if (child instanceof Table table) {
						return table;
					}
				}
			}
		}
		return null;
	}
}
