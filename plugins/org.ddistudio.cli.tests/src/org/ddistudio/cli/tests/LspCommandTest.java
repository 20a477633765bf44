/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * ddi lsp as an editor runs it: a separate JVM started with the class path of the ./ddi launcher,
 * driven over its stdin/stdout with LSP4J's client launcher (initialize, didOpen of a broken model,
 * its diagnostics, completion, the other requests, shutdown, exit). Every wait is bounded and the
 * process is always destroyed.
 * <p>
 * The class path is plugins/org.ddistudio.cli/target/dependencies-list.txt, the one ./ddi uses,
 * written by the cli module's build (package phase, before this module's tests run in the reactor).
 * The OSGi test runtime's own bundles are no alternative: their locations are not all plain jars, the
 * runtime holds test-only bundles, and only this list proves that the launcher's class path carries
 * the language server (dsl.ide, xtext.ide, lsp4j) outside OSGi.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LspCommandTest {

	/** Generous: JVM start and the language injector, on build machines shared by parallel builds. */
	private static final long START_SECONDS = 120;
	private static final long REQUEST_SECONDS = 60;

	/** Incomplete: the GUID and the closing brace are missing (DDI001 at the end). */
	private static final String BROKEN = "interface NEW_INTERFACE {\n    guid ";

	@TempDir
	Path dir;

	@Test
	void servesAnEditorOverStdio() throws Exception {
		Path toaster = Models.write(dir, "toaster.ddi", Models.TOASTER);
		Path broken = Models.write(dir, "broken.ddi", BROKEN);
		Path stderr = dir.resolve("server-stderr.txt");
		Process process = new ProcessBuilder(javaCommand(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", launcherClassPath(),
				"org.ddistudio.cli.DdiCli", "lsp")
				.directory(dir.toFile()).redirectError(stderr.toFile()).start();
		Recording stdout = new Recording(process.getInputStream());
		try {
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, stdout, process.getOutputStream());
			Future<Void> listening = launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			TextDocumentService documents = server.getTextDocumentService();

			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setRootUri(dir.toUri().toString());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "models")));
			init.setCapabilities(new ClientCapabilities());
			InitializeResult initialized = server.initialize(init).get(START_SECONDS, TimeUnit.SECONDS);
			ServerCapabilities capabilities = initialized.getCapabilities();
			assertNotNull(capabilities.getCompletionProvider(), "completion");
			assertTrue(capabilities.getHoverProvider().getLeft(), "hover");
			assertTrue(capabilities.getDefinitionProvider().getLeft(), "definition");
			assertTrue(capabilities.getReferencesProvider().getLeft(), "references");
			assertTrue(capabilities.getDocumentSymbolProvider().getLeft(), "document symbols");
			assertTrue(capabilities.getDocumentFormattingProvider().getLeft(), "formatting");
			assertTrue(capabilities.getCodeActionProvider().getLeft(), "code actions (quick fix plumbing)");
			assertTrue(capabilities.getSemanticTokensProvider().getLegend().getTokenTypes().contains("interface"), "semantic tokens");
			server.initialized(new InitializedParams());

			// A broken model, opened as an editor does: its syntax error comes back as a diagnostic.
			String brokenUri = broken.toUri().toString();
			documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(brokenUri, "ddi", 1, BROKEN)));
			List<Diagnostic> diagnostics = client.diagnostics(brokenUri).get(REQUEST_SECONDS, TimeUnit.SECONDS);
			Diagnostic syntax = diagnostics.stream().filter(d -> d.getCode() != null && "DDI001".equals(d.getCode().getLeft()))
					.findFirst().orElseThrow(() -> new AssertionError("no DDI001 in " + diagnostics + stderrOf(stderr)));
			assertEquals(DiagnosticSeverity.Error, syntax.getSeverity());
			assertEquals(1, syntax.getRange().getStart().getLine(), syntax.toString());

			// Completion at the end of "guid ": a fresh GUID (the ide bundle's proposal provider).
			List<CompletionItem> completions = documents.completion(new CompletionParams(id(brokenUri), position(BROKEN, BROKEN.length())))
					.get(REQUEST_SECONDS, TimeUnit.SECONDS).map(items -> items, list -> list.getItems());
			assertTrue(completions.stream().anyMatch(c -> c.getInsertText() != null && c.getInsertText().matches("\\{[0-9A-F-]{36}\\}")
					|| c.getTextEdit() != null && c.getTextEdit().getLeft() != null && c.getTextEdit().getLeft().getNewText().matches("\\{[0-9A-F-]{36}\\}")),
					"a GUID proposal in " + completions);

			// The other services on the clean toaster model.
			String text = Models.TOASTER;
			String toasterUri = toaster.toUri().toString();
			documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(toasterUri, "ddi", 1, text)));
			assertTrue(client.diagnostics(toasterUri).get(REQUEST_SECONDS, TimeUnit.SECONDS).isEmpty(), "the toaster is clean");
			Position produced = position(text, text.indexOf("produce TOASTER") + "produce ".length() + 2);

			Hover hover = documents.hover(new HoverParams(id(toasterUri), produced)).get(REQUEST_SECONDS, TimeUnit.SECONDS);
			String hoverText = hover.getContents().getRight().getValue();
			assertTrue(hoverText.contains("Toaster standard interface"), "documentation: " + hoverText);
			// INTERFACE header (32 / 16 bytes) plus three routine pointers.
			assertTrue(hoverText.contains("**x64**: sizeof 56 bytes") && hoverText.contains("**x86**: sizeof 28 bytes"), "layout: " + hoverText);

			List<? extends Location> definitions = documents.definition(new DefinitionParams(id(toasterUri), produced))
					.get(REQUEST_SECONDS, TimeUnit.SECONDS).getLeft();
			assertEquals(1, definitions.size(), definitions.toString());
			assertEquals(position(text, text.indexOf("interface TOASTER") + "interface ".length()), definitions.get(0).getRange().getStart());

			List<? extends Location> references = documents.references(new ReferenceParams(id(toasterUri), produced, new ReferenceContext(false)))
					.get(REQUEST_SECONDS, TimeUnit.SECONDS);
			assertEquals(2, references.size(), "produce and consume: " + references);

			List<String> symbols = new ArrayList<>();
			documents.documentSymbol(new DocumentSymbolParams(id(toasterUri))).get(REQUEST_SECONDS, TimeUnit.SECONDS)
					.forEach(s -> symbols.add(s.isLeft() ? s.getLeft().getName() : s.getRight().getName()));
			assertTrue(symbols.contains("toaster.TOASTER_INTERFACE_STANDARD") || symbols.contains("TOASTER_INTERFACE_STANDARD"), symbols.toString());

			assertFalse(documents.foldingRange(new FoldingRangeRequestParams(id(toasterUri))).get(REQUEST_SECONDS, TimeUnit.SECONDS).isEmpty(), "folding");

			SemanticTokens tokens = documents.semanticTokensFull(new SemanticTokensParams(id(toasterUri))).get(REQUEST_SECONDS, TimeUnit.SECONDS);
			assertTrue(tokens.getData().size() > 5 * 20 && tokens.getData().size() % 5 == 0, "semantic tokens: " + tokens.getData());

			// Formatting: the toaster is formatted already, a squeezed copy of an interface is not.
			String squeezed = "interface X {\nguid {E0B27630-5434-11D3-B890-00C04FAD5179}\n  version   1\n}\n";
			String squeezedUri = dir.resolve("squeezed.ddi").toUri().toString();
			documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(squeezedUri, "ddi", 1, squeezed)));
			List<? extends TextEdit> edits = documents.formatting(new DocumentFormattingParams(id(squeezedUri), new FormattingOptions(4, true)))
					.get(REQUEST_SECONDS, TimeUnit.SECONDS);
			assertFalse(edits.isEmpty(), "formatting edits");

			// Code actions answer; the quick fixes themselves are tested in LspQuickFixTest and the ide QuickFixTest.
			assertNotNull(documents.codeAction(new CodeActionParams(id(brokenUri), syntax.getRange(), new CodeActionContext(List.of(syntax))))
					.get(REQUEST_SECONDS, TimeUnit.SECONDS));

			server.shutdown().get(REQUEST_SECONDS, TimeUnit.SECONDS);
			server.exit();
			assertTrue(process.waitFor(REQUEST_SECONDS, TimeUnit.SECONDS), "the server exits after exit" + stderrOf(stderr));
			assertEquals(0, process.exitValue(), "exit status after shutdown" + stderrOf(stderr));
			listening.get(REQUEST_SECONDS, TimeUnit.SECONDS); // read to the end of the server's stdout
			assertOnlyJsonRpc(stdout.bytes());
		} finally {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** The class path of the ./ddi launcher; fails with a hint when the cli module has not been built. */
	private static String launcherClassPath() throws IOException {
		for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
			Path list = d.resolve("plugins/org.ddistudio.cli/target/dependencies-list.txt");
			if (Files.isRegularFile(list)) {
				List<String> entries = Files.readAllLines(list).stream().filter(l -> !l.isBlank()).toList();
				for (String entry : entries) {
					assertTrue(Files.exists(Path.of(entry)), "stale " + list + ": " + entry + " is gone; rebuild org.ddistudio.cli");
				}
				assertTrue(entries.stream().anyMatch(e -> e.contains("org.ddistudio.dsl.ide")) && entries.stream().anyMatch(e -> e.contains("lsp4j")),
						list + " lacks the language server bundles; rebuild org.ddistudio.cli");
				return String.join(java.io.File.pathSeparator, entries);
			}
		}
		return fail("no plugins/org.ddistudio.cli/target/dependencies-list.txt above " + Path.of("").toAbsolutePath()
				+ "; build org.ddistudio.cli first (it is written in its package phase)");
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static TextDocumentIdentifier id(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	/** The LSP position (line, UTF-16 column) of an offset. */
	private static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	private static String stderrOf(Path stderr) {
		try {
			return "\n--- server stderr:\n" + Files.readString(stderr);
		} catch (IOException e) {
			return "";
		}
	}

	/** Standard output must be Content-Length framed messages and nothing else: no logs, no banners. */
	private static void assertOnlyJsonRpc(byte[] out) {
		// Latin-1: one char per byte, so string offsets are byte offsets (Content-Length counts bytes).
		String text = new String(out, StandardCharsets.ISO_8859_1);
		Matcher header = Pattern.compile("Content-Length: (\\d+)\r\n(?:[A-Za-z-]+: [^\r\n]*\r\n)*\r\n").matcher(text);
		int pos = 0;
		int messages = 0;
		while (pos < out.length) {
			if (!header.region(pos, text.length()).lookingAt()) {
				fail("not JSON-RPC on stdout at byte " + pos + ": " + text.substring(pos, Math.min(text.length(), pos + 200)));
			}
			int body = header.end();
			int length = Integer.parseInt(header.group(1));
			assertTrue(body + length <= out.length, "truncated message at byte " + pos);
			assertEquals('{', text.charAt(body), "a JSON object at byte " + body);
			pos = body + length;
			messages++;
		}
		assertTrue(messages > 5, "messages seen: " + messages);
	}

	/** Keeps a copy of everything the server writes to its stdout. */
	private static final class Recording extends FilterInputStream {

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		Recording(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				synchronized (copy) {
					copy.write(b);
				}
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				synchronized (copy) {
					copy.write(b, off, n);
				}
			}
			return n;
		}

		byte[] bytes() {
			synchronized (copy) {
				return copy.toByteArray();
			}
		}
	}

	/** The editor side: keeps the latest diagnostics of every document. */
	private static final class Client implements LanguageClient {

		private final Map<String, CompletableFuture<List<Diagnostic>>> diagnostics = new ConcurrentHashMap<>();

		/** The first diagnostics published for the document. */
		CompletableFuture<List<Diagnostic>> diagnostics(String uri) {
			return diagnostics.computeIfAbsent(normalize(uri), u -> new CompletableFuture<>());
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics(params.getUri()).complete(params.getDiagnostics());
		}

		/** file:///tmp/x and file:/tmp/x are the same document. */
		private static String normalize(String uri) {
			return uri.replaceFirst("^file:/+", "file:///");
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
