package org.ddistudio.ui.launch.tests;

import java.io.File;

import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.ddistudio.ui.launch.core.ResultNode;
import org.ddistudio.ui.launch.core.SimulationRun;
import org.ddistudio.ui.launch.diagram.DiagramView;
import org.ddistudio.ui.launch.view.ResultsView;
import org.ddistudio.ui.testing.Screenshots;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
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
		Workbench.closeIntro();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1400, 900);
		IDE.openEditor(Workbench.page(), file, true);
		SimulationRun run = Ui.launch(Ui.configuration(file, LaunchAttributes.MODE_SIMULATE));
		ResultsView results = (ResultsView) Workbench.page().showView(ResultsView.ID);
		Workbench.waitUntil("the run in the results view", () -> results.shown() == run, () -> String.valueOf(results.shown()));
		ResultNode scenario = run.items().get(0);
		ResultNode finding = scenario.children().get(0).children().get(0);
		results.viewer().expandToLevel(scenario, 2);
		results.viewer().setSelection(new StructuredSelection(finding), true);
		DiagramView diagram = (DiagramView) Workbench.page().showView(DiagramView.ID);
		diagram.show(finding.system(), scenario.devices());
		Workbench.waitUntil("the highlighted diagram", () -> diagram.diagram() != null && !diagram.diagram().highlighted().isEmpty(), () -> "none");
		Workbench.page().activate(results);
		Workbench.settle(800);
		File folder = new File(System.getProperty("ddistudio.screenshots"));
		Screenshots.capture(shell, new File(folder, "results-view.png"));
		Workbench.page().activate(diagram);
		Workbench.settle(800);
		Screenshots.capture(shell, new File(folder, "diagram-view.png"));
		Workbench.page().closeAllEditors(false);
		file.getProject().delete(true, true, null);
	}

}
