/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.builder.DdiRebuild;
import org.ddistudio.ui.builder.ProblemMarkers;
import org.ddistudio.ui.highlighting.DdiPalette;
import org.ddistudio.ui.highlighting.DdiStyle;
import org.ddistudio.ui.highlighting.StylePreferences;
import org.ddistudio.ui.preferences.RuleSeverities;
import org.ddistudio.ui.preferences.RuleSeverities.Choice;
import org.ddistudio.ui.preferences.SyntaxColoringPreferencePage;
import org.ddistudio.ui.preferences.ValidationPreferencePage;
import org.ddistudio.ui.testing.Workbench;
import org.ddistudio.ui.validation.DdiIssueAnnotation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preference pages: severities reach the editor and the Problems view; colours reach the preview and the editors. */
class PreferencePagesTest {

	/** A routine without the interface Context first: a DDI110 warning by default. */
	private static final String NO_CONTEXT = """
			package severity

			interface SEVERITY_INTERFACE {
			    guid {1A2B3C4D-1E3F-4A5B-8C7D-9E0F1A2B3C4D}
			    version 1
			    references counted
			    NTSTATUS Poke(_In_ ULONG Value);
			}
			""";

	private IProject project;
	private Shell shell;

	@AfterEach
	void cleanUp() throws Exception {
		IPreferenceStore store = DdiUiPlugin.getDefault().getPreferenceStore();
		for (DdiRule rule : DdiRule.values()) {
			store.setToDefault(RuleSeverities.key(rule));
		}
		for (DdiStyle style : DdiStyle.values()) {
			store.setToDefault(StylePreferences.colorKey(style));
			store.setToDefault(StylePreferences.boldKey(style));
		}
		if (shell != null) {
			shell.dispose();
		}
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			Job.getJobManager().join(DdiRebuild.FAMILY, null);
			Builds.delete(project);
		}
	}

	private <P extends org.eclipse.jface.preference.PreferencePage & org.eclipse.ui.IWorkbenchPreferencePage> P show(P page) {
		shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		shell.setLayout(new FillLayout());
		page.init(PlatformUI.getWorkbench());
		page.createControl(shell);
		shell.setSize(700, 700);
		shell.open();
		return page;
	}

	private static String severityOf(ITextEditor editor, String code) {
		return Ui.issues(editor).stream().filter(a -> a.code().equals(code)).map(DdiIssueAnnotation::getType).findFirst().orElse("none");
	}

	private static int markerSeverity(IFile file, String code) {
		return Builds.markers(file).stream().filter(m -> code.equals(m.getAttribute(ProblemMarkers.RULE_CODE, "")))
				.mapToInt(m -> m.getAttribute(IMarker.SEVERITY, -1)).findFirst().orElse(-1);
	}

	private static void awaitRebuild() throws InterruptedException {
		Job.getJobManager().join(DdiRebuild.FAMILY, null);
		Builds.awaitBuild();
	}

	@Test
	void aRuleSeverityChosenOnTheValidationPageAppliesToTheEditorAndTheProblemsView() throws Exception {
		project = Builds.ddiProject("severity-test", "severity.ddi", NO_CONTEXT);
		IFile file = project.getFile("severity.ddi");
		assertEquals(IMarker.SEVERITY_WARNING, markerSeverity(file, "DDI110"), "the rule's own severity first");
		ITextEditor editor = Ui.open(file);
		Workbench.waitUntil("a DDI110 warning", () -> DdiIssueAnnotation.WARNING.equals(severityOf(editor, "DDI110")));

		ValidationPreferencePage page = show(new ValidationPreferencePage());
		page.choose(DdiRule.CONTEXT_PARAMETER, Choice.ERROR);
		page.performOk();
		Workbench.waitUntil("DDI110 as an error in the editor", () -> DdiIssueAnnotation.ERROR.equals(severityOf(editor, "DDI110")));
		awaitRebuild();
		assertEquals(IMarker.SEVERITY_ERROR, markerSeverity(file, "DDI110"), "the Problems view agrees");

		page.choose(DdiRule.CONTEXT_PARAMETER, Choice.IGNORE);
		page.performOk();
		Workbench.waitUntil("DDI110 gone from the editor", () -> "none".equals(severityOf(editor, "DDI110")));
		awaitRebuild();
		assertEquals(-1, markerSeverity(file, "DDI110"), "and from the Problems view");

		page.performDefaults();
		page.performOk();
		Workbench.waitUntil("DDI110 a warning again", () -> DdiIssueAnnotation.WARNING.equals(severityOf(editor, "DDI110")));
		assertTrue(DdiUiPlugin.getDefault().getPreferenceStore().isDefault(RuleSeverities.key(DdiRule.CONTEXT_PARAMETER)));
	}

	@Test
	void syntaxErrorsStayErrorsWhateverIsStored() {
		IPreferenceStore store = DdiUiPlugin.getDefault().getPreferenceStore();
		store.setValue(RuleSeverities.key(DdiRule.SYNTAX_ERROR), Choice.IGNORE.value());
		assertEquals(Choice.DEFAULT, RuleSeverities.choice(store, DdiRule.SYNTAX_ERROR));
	}

	@Test
	void theColouringPagePreviewsUnsavedChoicesAndAppliesThemOnOk() throws Exception {
		project = Workbench.project("coloring-test", "widget.ddi", Fixtures.WIDGET);
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		StyledText editorText = Ui.viewer(editor).getTextWidget();
		int editorKeyword = editorText.getText().indexOf("interface WIDGET");

		SyntaxColoringPreferencePage page = show(new SyntaxColoringPreferencePage());
		StyledText preview = page.preview().getTextWidget();
		int previewKeyword = preview.getText().indexOf("interface TOASTER");
		int previewRoutine = preview.getText().indexOf("calls GetCrispinessLevel") + "calls ".length();
		RGB defaultKeyword = DdiPalette.forBackground(preview.getBackground().getRGB()).attribute(DdiStyle.KEYWORD).getForeground().getRGB();
		RGB defaultRoutine = DdiPalette.forBackground(preview.getBackground().getRGB()).attribute(DdiStyle.ROUTINE).getForeground().getRGB();
		Workbench.waitUntil("the preview's keywords", () -> defaultKeyword.equals(Ui.foreground(preview, previewKeyword)));
		Workbench.waitUntil("the preview's semantic colours", () -> defaultRoutine.equals(Ui.foreground(preview, previewRoutine)),
				() -> "routine is " + Ui.foreground(preview, previewRoutine));

		RGB red = new RGB(200, 0, 0);
		page.choose(DdiStyle.KEYWORD, red, false, true, false);
		Workbench.waitUntil("the preview's keywords red and italic", () -> red.equals(Ui.foreground(preview, previewKeyword))
				&& (preview.getStyleRangeAtOffset(previewKeyword).fontStyle & org.eclipse.swt.SWT.ITALIC) != 0);
		IPreferenceStore store = DdiUiPlugin.getDefault().getPreferenceStore();
		assertEquals("", store.getString(StylePreferences.colorKey(DdiStyle.KEYWORD)), "nothing saved before OK");
		assertEquals(defaultKeyword, Ui.foreground(editorText, editorKeyword), "open editors unchanged before OK");

		page.performOk();
		assertEquals("200,0,0", store.getString(StylePreferences.colorKey(DdiStyle.KEYWORD)));
		Workbench.waitUntil("the editor's keywords red", () -> red.equals(Ui.foreground(editorText, editorKeyword)));

		page.performDefaults();
		Workbench.waitUntil("the preview back to the theme", () -> defaultKeyword.equals(Ui.foreground(preview, previewKeyword)));
		page.performOk();
		assertTrue(store.isDefault(StylePreferences.colorKey(DdiStyle.KEYWORD)));
		Workbench.waitUntil("the editor back to the theme", () -> defaultKeyword.equals(Ui.foreground(editorText, editorKeyword)));
	}

}
