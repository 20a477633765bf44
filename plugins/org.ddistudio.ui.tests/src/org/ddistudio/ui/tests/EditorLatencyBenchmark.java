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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocument;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.ddistudio.ui.reconciling.DdiReconciler;
import org.ddistudio.ui.testing.Workbench;
import org.ddistudio.ui.validation.DdiIssueAnnotation;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test: keystroke-to-annotation latency in the real editor on a generated 5,000-line
 * file (SyntheticSystems: a system of devices, bus and function drivers, interfaces and cross-stack
 * monitors). Each sample types one character that breaks a GUID in the middle of the file and waits for the
 * DDI100 annotation, then, after a look at the result, types it back and waits for the annotation to
 * go. The latency includes the reconciler's typing pause (300 ms, by design); the reconcile itself is
 * latency minus that pause. The second benchmark times the reconcile's passes without the pause.
 * Runs only on request and appends a Markdown table row to the named file:
 * {@code -Dtest=EditorLatencyBenchmark -Dddistudio.latency=$PWD/target/latency.md} (docs/performance.md
 * has the whole command; the class name keeps it out of ordinary test runs).
 */
@EnabledIfSystemProperty(named = "ddistudio.latency", matches = ".+\\.md")
class EditorLatencyBenchmark {

	private static final int LINES = 5_000;
	/** The seed ReconcileBenchmark (JMH, releng/org.ddistudio.benchmarks) uses: the same file. */
	private static final long SEED = 7;
	private static final int WARMUP = 5;
	private static final int SAMPLES = 30;
	private static final int TYPING_PAUSE_MS = DdiReconciler.DELAY;
	/** Time to look at the result before the next keystroke. */
	private static final int IDLE_MS = 500;

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	void keystrokeToAnnotationOnAFiveThousandLineFile() throws Exception {
		String text = SyntheticSystems.textOfAtLeast(LINES, SEED);
		project = Workbench.project("latency-benchmark", "large.ddi", text);
		ITextEditor editor = Ui.open(project.getFile("large.ddi"));
		IDocument document = Ui.document(editor);
		int lines = document.getNumberOfLines();
		// the file is valid: wait for the first reconcile, which must find no error
		Workbench.settle(5_000);
		assertEquals(List.of(), Ui.issues(editor).stream().filter(a -> DdiIssueAnnotation.ERROR.equals(a.getType()))
				.map(a -> a.getText()).toList(), "the generated model has no error");

		int middle = SyntheticSystems.middleGuidDigit(text);
		char original = text.charAt(middle);
		List<Long> appear = new ArrayList<>();
		List<Long> disappear = new ArrayList<>();
		for (int i = 0; i < WARMUP + SAMPLES; i++) {
			long broken = measure(() -> replace(document, middle, 'X'), () -> Ui.hasCode(editor, "DDI100"));
			// the keystroke a user makes after looking at the marker: the reconciler's later passes
			// (semantic highlighting) have finished; a keystroke during a pass restarts the typing pause
			Workbench.settle(IDLE_MS);
			long fixed = measure(() -> replace(document, middle, original), () -> !Ui.hasCode(editor, "DDI100"));
			Workbench.settle(IDLE_MS);
			if (i >= WARMUP) {
				appear.add(broken);
				disappear.add(fixed);
			}
		}
		String row = "| %d lines, %d KB | %s | %s |%n".formatted(lines, text.length() / 1024, summary(appear), summary(disappear));
		Path out = Path.of(System.getProperty("ddistudio.latency"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.print("editor latency: " + row);
	}

	/**
	 * The reconcile's passes alone, as the editor's reconciler thread runs them on an open document:
	 * re-parse after a one-character edit, link and validate (the annotations' pass), then semantic
	 * highlighting on the same parse. No typing pause, no UI thread: the work itself.
	 */
	@Test
	void reconcilePassesOnAFiveThousandLineFile() throws Exception {
		String text = SyntheticSystems.textOfAtLeast(LINES, SEED);
		project = Workbench.project("latency-benchmark", "large.ddi", text);
		ITextEditor editor = Ui.open(project.getFile("large.ddi"));
		DdiDocument state = DdiDocuments.of(Ui.document(editor));
		ISemanticHighlightingCalculator calculator = DdiUiPlugin.injector().getInstance(ISemanticHighlightingCalculator.class);
		int middle = SyntheticSystems.middleGuidDigit(text);
		String broken = text.substring(0, middle) + 'X' + text.substring(middle + 1);
		List<Long> validation = new ArrayList<>();
		List<Long> highlighting = new ArrayList<>();
		for (int i = 0; i < WARMUP + SAMPLES; i++) {
			String edited = i % 2 == 0 ? broken : text;
			long start = System.nanoTime();
			long issues = state.read(edited, resource -> resource.getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)).stream().filter(issue -> "DDI100".equals(issue.getCode())).count();
			long validated = System.nanoTime();
			int[] ranges = new int[1];
			state.read(edited, resource -> {
				calculator.provideHighlightingFor(resource, (offset, length, ids) -> ranges[0]++, CancelIndicator.NullImpl);
				return null;
			});
			long highlighted = System.nanoTime();
			assertEquals(i % 2 == 0 ? 1L : 0L, issues, "one DDI100 in the broken text, none in the original");
			if (i >= WARMUP) {
				validation.add((validated - start) / 1_000_000L);
				highlighting.add((highlighted - validated) / 1_000_000L);
			}
		}
		String row = "| %d lines, %d KB | parse + link + validate: %s | semantic highlighting: %s |%n".formatted(
				Ui.document(editor).getNumberOfLines(), text.length() / 1024, percentiles(validation), percentiles(highlighting));
		Path out = Path.of(System.getProperty("ddistudio.latency"));
		Files.writeString(out, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.print("reconcile passes: " + row);
	}

	private static void replace(IDocument document, int offset, char c) {
		try {
			document.replace(offset, 1, String.valueOf(c));
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Milliseconds from the edit until the condition holds, processing UI events meanwhile (1 ms resolution). */
	private static long measure(Runnable edit, BooleanSupplier done) throws IOException {
		Display display = Display.getCurrent();
		long start = System.nanoTime();
		edit.run();
		long deadline = start + Workbench.TIMEOUT_MS * 1_000_000L;
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no annotation change within " + Workbench.TIMEOUT_MS + " ms");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException(e);
				}
			}
		}
		return (System.nanoTime() - start) / 1_000_000L;
	}

	/** "median X ms (p90 Y, max Z); reconcile ≈ median − pause". */
	private static String summary(List<Long> samples) {
		return percentiles(samples) + " (reconcile ≈ %d ms)".formatted(median(samples) - TYPING_PAUSE_MS);
	}

	/** "median X ms, p90 Y, max Z". */
	private static String percentiles(List<Long> samples) {
		List<Long> sorted = samples.stream().sorted().toList();
		return "median %d ms, p90 %d, max %d".formatted(median(samples), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
				sorted.get(sorted.size() - 1));
	}

	private static long median(List<Long> samples) {
		return samples.stream().sorted().toList().get(samples.size() / 2);
	}
}
