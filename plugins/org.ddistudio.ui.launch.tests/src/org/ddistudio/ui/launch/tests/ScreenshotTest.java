package org.ddistudio.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.ResultNode;
import org.ddistudio.ui.launch.core.SimulationRun;
import org.ddistudio.ui.launch.diagram.DiagramView;
import org.ddistudio.ui.launch.view.ResultsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the pictures docs/images/results-view.png and docs/images/diagram-view.png: a failing
 * cross-stack run in the results view with its finding selected, and the stack diagram highlighting
 * the devices of that finding. Only when -Dddistudio.screenshots=<folder> is given (an unset Maven
 * property reaches the test runtime as "null"), so ordinary builds do not write into the source tree.
 */
@EnabledIfSystemProperty(named = "ddistudio.screenshots", matches = "/.+")
class ScreenshotTest {

	@Test
	void resultsAndDiagram() throws Exception {
		IFile file = Ui.file("screenshots", "widgets.ddi", Fixtures.CROSS_STACK);
		Ui.closeIntro();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1400, 900);
		IDE.openEditor(Ui.page(), file, true);
		SimulationRun run = Ui.launch(Ui.configuration(file, LaunchAttributes.MODE_SIMULATE));
		ResultsView results = (ResultsView) Ui.page().showView(ResultsView.ID);
		Ui.waitUntil("the run in the results view", () -> results.shown() == run, () -> String.valueOf(results.shown()));
		ResultNode scenario = run.items().get(0);
		ResultNode finding = scenario.children().get(0).children().get(0);
		results.viewer().expandToLevel(scenario, 2);
		results.viewer().setSelection(new StructuredSelection(finding), true);
		DiagramView diagram = (DiagramView) Ui.page().showView(DiagramView.ID);
		diagram.show(finding.system(), scenario.devices());
		Ui.waitUntil("the highlighted diagram", () -> diagram.diagram() != null && !diagram.diagram().highlighted().isEmpty(), () -> "none");
		Ui.page().activate(results);
		Ui.settle(800);
		File folder = new File(System.getProperty("ddistudio.screenshots"));
		capture(shell, new File(folder, "results-view.png"));
		Ui.page().activate(diagram);
		Ui.settle(800);
		capture(shell, new File(folder, "diagram-view.png"));
		Ui.page().closeAllEditors(false);
		file.getProject().delete(true, true, null);
	}

	/** Saves what the screen shows of the workbench window as a PNG. */
	private static void capture(Shell shell, File target) {
		Display display = shell.getDisplay();
		// down to the bottom of the client area: without a window manager the shell's bounds reach past it
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
}
