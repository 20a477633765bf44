/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.commands;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.ddistudio.cli.CliException;
import org.ddistudio.dsl.ide.server.DdiLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ddi lsp: the DDI language server on standard input and output, for editors (VS Code, Neovim ...;
 * see docs/lsp.md). The same language and ide services as everywhere else: diagnostics, completion,
 * hover, definition, references, symbols, formatting, folding, semantic tokens, code actions.
 */
@Command(name = "lsp", description = { "Runs the DDI language server on standard input/output (LSP over JSON-RPC).",
		"Started by an editor, not by hand: see docs/lsp.md for VS Code and Neovim." },
		footer = { "", "Exit status: 0 after the client's shutdown and exit, 1 if the client left without shutdown." })
public final class LspCommand extends DdiSubcommand {

	@Option(names = "--trace", description = "Log every JSON-RPC message to standard error.")
	private boolean trace;

	@Override
	public Integer call() {
		// Standard output belongs to the protocol: a single stray line (a library's log, a println)
		// corrupts the message framing. Keep the real stdout for JSON-RPC and point System.out at
		// stderr before any language class (and its log4j set-up) is initialised.
		OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
		PrintStream stderr = System.err;
		PrintStream previousOut = System.out;
		System.setOut(stderr);
		PrintWriter traceWriter = trace ? new PrintWriter(stderr, true, StandardCharsets.UTF_8) : null;
		try {
			return DdiLanguageServer.run(new FileInputStream(FileDescriptor.in), protocolOut, traceWriter);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliException("language server interrupted");
		} finally {
			System.setOut(previousOut); // for in-process callers; ddi itself exits right after
		}
	}
}
