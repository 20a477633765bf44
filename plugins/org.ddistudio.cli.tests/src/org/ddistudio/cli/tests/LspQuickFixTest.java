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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quick fix as an LSP code action from {@code ddi lsp}, run as LspCommandTest runs it (a separate
 * JVM on the ./ddi launcher's class path): the diagnostic carries its rule code, the code action
 * for it is the ide bundle's fix, and its edit removes the diagnostic's cause.
 */
class LspQuickFixTest {

	private static final long START_SECONDS = 120;
	private static final long REQUEST_SECONDS = 60;

	/** DDI201: SendQueryToParentStack on an FDO. */
	private static final String BROKEN = """
			interface RESET_INTERFACE {
			    guid {0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F}
			    version 1
			    VOID Reset(_In_ PVOID Context);
			}

			driver ResetFunction function KMDF {
			    produce RESET_INTERFACE on fdo {
			        SendQueryToParentStack
			    }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void offersTheFixOfADiagnosticAsACodeAction() throws Exception {
		Path file = dir.resolve("reset.ddi");
		Files.writeString(file, BROKEN);
		Path stderr = dir.resolve("server-stderr.txt");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp", launcherClassPath(), "org.ddistudio.cli.DdiCli", "lsp")
				.directory(dir.toFile()).redirectError(stderr.toFile()).start();
		try {
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setRootUri(dir.toUri().toString());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "models")));
			init.setCapabilities(new ClientCapabilities());
			server.initialize(init).get(START_SECONDS, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());

			String uri = file.toUri().toString();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ddi", 1, BROKEN)));
			List<Diagnostic> diagnostics = client.diagnostics(uri).get(REQUEST_SECONDS, TimeUnit.SECONDS);
			Diagnostic ddi201 = diagnostics.stream().filter(d -> d.getCode() != null && "DDI201".equals(d.getCode().getLeft())).findFirst()
					.orElseThrow(() -> new AssertionError("no DDI201 in " + diagnostics + stderrOf(stderr)));

			List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
					.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), ddi201.getRange(), new CodeActionContext(List.of(ddi201))))
					.get(REQUEST_SECONDS, TimeUnit.SECONDS);
			CodeAction fix = actions.stream().filter(Either::isRight).map(Either::getRight)
					.filter(a -> a.getTitle().startsWith("Remove SendQueryToParentStack")).findFirst()
					.orElseThrow(() -> new AssertionError("no fix among " + actions + stderrOf(stderr)));
			assertEquals("quickfix", fix.getKind());
			assertEquals("DDI201", fix.getDiagnostics().get(0).getCode().getLeft());
			List<TextEdit> edits = new ArrayList<>();
			if (fix.getEdit().getChanges() != null) {
				fix.getEdit().getChanges().values().forEach(edits::addAll);
			}
			if (fix.getEdit().getDocumentChanges() != null) {
				fix.getEdit().getDocumentChanges().forEach(c -> c.getLeft().getEdits().forEach(e -> edits.add(e.getLeft())));
			}
			assertEquals(BROKEN.replace("\n        SendQueryToParentStack", ""), apply(BROKEN, edits));

			server.shutdown().get(REQUEST_SECONDS, TimeUnit.SECONDS);
			server.exit();
			assertTrue(process.waitFor(REQUEST_SECONDS, TimeUnit.SECONDS), "the server exits" + stderrOf(stderr));
		} finally {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static String apply(String text, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed())
				.forEach(e -> result.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText()));
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The ./ddi launcher's class path, as LspCommandTest finds it. */
	private static String launcherClassPath() throws IOException {
		for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
			Path list = d.resolve("plugins/org.ddistudio.cli/target/dependencies-list.txt");
			if (Files.isRegularFile(list)) {
				return String.join(java.io.File.pathSeparator, Files.readAllLines(list).stream().filter(l -> !l.isBlank()).toList());
			}
		}
		return fail("no plugins/org.ddistudio.cli/target/dependencies-list.txt above " + Path.of("").toAbsolutePath()
				+ "; build org.ddistudio.cli first");
	}

	private static String stderrOf(Path stderr) {
		try {
			return "\n--- server stderr:\n" + Files.readString(stderr);
		} catch (IOException e) {
			return "";
		}
	}

	/** The editor side: the first diagnostics published for each document. */
	private static final class Client implements LanguageClient {

		private final Map<String, CompletableFuture<List<Diagnostic>>> diagnostics = new ConcurrentHashMap<>();

		CompletableFuture<List<Diagnostic>> diagnostics(String uri) {
			return diagnostics.computeIfAbsent(uri.replaceFirst("^file:/+", "file:///"), u -> new CompletableFuture<>());
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics(params.getUri()).complete(params.getDiagnostics());
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
