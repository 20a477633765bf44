/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.quickfix;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.ddistudio.dsl.ide.quickfix.DdiQuickFixProvider;
import org.ddistudio.dsl.ide.quickfix.LocalQuickFixes;
import org.ddistudio.dsl.ide.quickfix.LocalQuickFixes.Fix;
import org.ddistudio.dsl.ide.quickfix.Replacement;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.ddistudio.ui.document.DocumentSnapshot;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * The quick fixes of the ide bundle ({@link LocalQuickFixes}) for an Eclipse document, and applying
 * one as a single document change (one undo step).
 * <p>
 * Fixes are computed on the document's language state ({@code DdiDocument.read}), which may parse
 * and is locked while validation or content assist work on it. Ctrl+1 and the Problems view ask on
 * the UI thread and need an answer, so the work runs on a worker thread and the UI thread waits a
 * bounded time: nobody holding the lock ever waits for the UI thread, and a busy machine costs at
 * most {@link #WAIT_MS} and an empty list, never a frozen workbench.
 */
public final class DocumentFixes {

	/** Longest the UI thread waits for fixes. */
	static final long WAIT_MS = 5_000;

	private static final Set<String> FIXABLE = DdiQuickFixProvider.fixableCodes();

	/** Fixes computed for one exact text of the document. */
	public record Located(DocumentSnapshot snapshot, List<Fix> fixes) {
	}

	private DocumentFixes() {
	}

	/** Whether any fix exists for the rule code (cheap: no parsing). */
	public static boolean isFixable(String code) {
		return code != null && FIXABLE.contains(code);
	}

	/** The fixes of a diagnostic whose range is known, such as a live annotation's. */
	public static Located forRange(IDocument document, String code, String message, Severity severity, int offset, int length) {
		return compute(document, (resource, text) -> local().fixes(resource, text, code, message, severity, offset, length));
	}

	/**
	 * The fixes of a diagnostic known only by its rule code and where it was (a problem marker, which
	 * may have been made from an older text): validates the current text and takes the issue of that
	 * code at the offset, else on the line. {@code offset} and {@code line} (1-based) may be -1.
	 */
	public static Located forLocation(IDocument document, String code, int offset, int line) {
		return compute(document, (resource, text) -> {
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl);
			Issue found = issues.stream().filter(i -> code.equals(DdiRule.codeOf(i)) && i.getOffset() != null && i.getOffset() == offset)
					.findFirst()
					.orElseGet(() -> issues.stream().filter(i -> code.equals(DdiRule.codeOf(i)) && i.getLineNumber() != null
							&& i.getLineNumber() == line).findFirst().orElse(null));
			return found == null ? List.of() : local().fixes(resource, text, found);
		});
	}

	private static LocalQuickFixes local() {
		return DdiUiPlugin.injector().getInstance(LocalQuickFixes.class);
	}

	private static Located compute(IDocument document, BiFunction<XtextResource, String, List<Fix>> work) {
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		CompletableFuture<List<Fix>> fixes = CompletableFuture
				.supplyAsync(() -> DdiDocuments.of(document).read(snapshot.text(), resource -> work.apply(resource, snapshot.text())));
		try {
			return new Located(snapshot, fixes.get(WAIT_MS, TimeUnit.MILLISECONDS));
		} catch (TimeoutException e) {
			return new Located(snapshot, List.of());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Located(snapshot, List.of());
		} catch (ExecutionException e) {
			if (!DdiUiPlugin.isCancellation(e.getCause())) {
				DdiUiPlugin.log("DDI quick fixes failed", e.getCause());
			}
			return new Located(snapshot, List.of());
		}
	}

	/**
	 * Applies a fix computed for {@code snapshot} as one replace of the region it changes, so that one
	 * undo takes it back and marks outside that region stay. Does nothing (false) if the text changed since.
	 */
	public static boolean apply(IDocument document, DocumentSnapshot snapshot, Fix fix) throws BadLocationException {
		if (!snapshot.isCurrent(document) || fix.replacements().isEmpty()) {
			return false;
		}
		int start = fix.replacements().stream().mapToInt(Replacement::offset).min().getAsInt();
		int end = fix.replacements().stream().mapToInt(Replacement::end).max().getAsInt();
		String old = snapshot.text();
		String fixed = fix.applyTo(old);
		document.replace(start, end - start, fixed.substring(start, fixed.length() - (old.length() - end)));
		return true;
	}
}
