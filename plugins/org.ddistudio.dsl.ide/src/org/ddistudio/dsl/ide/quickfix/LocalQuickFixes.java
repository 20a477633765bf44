/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The quick fixes of one diagnostic without a language server: for the Eclipse editor (Ctrl+1), the
 * Problems view's marker resolutions and tests. It asks the bound {@link IQuickFixProvider} exactly as
 * Xtext's QuickFixCodeActionService does, with a stand-in for the server that serves the resource
 * already parsed from the text, and returns each fix as editor-neutral {@link Replacement}s.
 * <p>
 * Callers hold whatever lock guards the resource (the Eclipse editor's DdiDocument) while calling.
 */
public class LocalQuickFixes {

	/** A fix: what it says it does, and the changes to the text it was computed for. */
	public record Fix(String label, List<Replacement> replacements) {

		public String applyTo(String text) {
			return Replacement.apply(text, replacements);
		}
	}

	@Inject
	private IQuickFixProvider provider;

	/** The fixes of a validation issue of {@code resource}, which was parsed from {@code text}. */
	public List<Fix> fixes(XtextResource resource, String text, Issue issue) {
		if (issue.getOffset() == null) {
			return List.of();
		}
		return fixes(resource, text, DdiRule.codeOf(issue), issue.getMessage(), issue.getSeverity(), issue.getOffset(),
				issue.getLength() == null ? 0 : issue.getLength());
	}

	/** The fixes of a diagnostic known only by its rule code and range (an annotation or a problem marker). */
	public List<Fix> fixes(XtextResource resource, String text, String code, String message, Severity severity, int offset, int length) {
		int start = Math.max(0, Math.min(offset, text.length()));
		int end = Math.max(start, Math.min(offset + length, text.length()));
		Document document = new Document(1, text);
		String uri = resource.getURI().toString();
		Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(start), document.getPosition(end)),
				message == null || message.isEmpty() ? code : message,
				severity == Severity.ERROR ? DiagnosticSeverity.Error
						: severity == Severity.WARNING ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
				"ddi", code);
		Options options = new Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(uri);
		options.setLanguageServerAccess(new LocalAccess(resource.getResourceSet()));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		List<Fix> result = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
			List<Replacement> replacements = replacements(resolution.apply(), uri, document);
			if (!replacements.isEmpty()) {
				result.add(new Fix(resolution.getLabel(), replacements));
			}
		}
		return result;
	}

	private static List<Replacement> replacements(WorkspaceEdit edit, String uri, Document document) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit != null && edit.getChanges() != null && edit.getChanges().get(uri) != null) {
			edits.addAll(edit.getChanges().get(uri));
		}
		if (edit != null && edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft() && uri.equals(change.getLeft().getTextDocument().getUri())) {
					change.getLeft().getEdits().stream().filter(Either::isLeft).map(Either::getLeft).forEach(edits::add);
				}
			}
		}
		return edits.stream().map(e -> {
			int start = document.getOffSet(e.getRange().getStart());
			return new Replacement(start, document.getOffSet(e.getRange().getEnd()) - start, e.getNewText());
		}).toList();
	}

	/**
	 * What a resolution needs of the language server when it applies: the resource (from the resource
	 * set it is already in) and the client's capabilities (plain per-file edits). Nothing else is
	 * asked of it by text-edit fixes.
	 */
	private static final class LocalAccess implements ILanguageServerAccess {

		private final ResourceSet resourceSet;

		LocalAccess(ResourceSet resourceSet) {
			this.resourceSet = resourceSet;
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return resourceSet;
		}

		@Override
		public InitializeParams getInitializeParams() {
			WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
			edits.setDocumentChanges(false);
			WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
			workspace.setWorkspaceEdit(edits);
			ClientCapabilities capabilities = new ClientCapabilities();
			capabilities.setWorkspace(workspace);
			InitializeParams params = new InitializeParams();
			params.setCapabilities(capabilities);
			return params;
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			throw new UnsupportedOperationException();
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			throw new UnsupportedOperationException();
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			throw new UnsupportedOperationException();
		}

		@Override
		public LanguageClient getLanguageClient() {
			return null;
		}

		@Override
		public InitializeResult getInitializeResult() {
			return null;
		}
	}
}
