/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.ddistudio.dsl.ide.DdiIdeSetup;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The DDI language server: Xtext's {@link LanguageServerImpl} over one pair of streams (stdio for
 * {@code ddi lsp}), with the language's runtime and ide services (DdiIdeSetup).
 * <p>
 * Two departures from Xtext's ServerLauncher, both for running inside the ddi command line:
 * <ul>
 * <li>The language is registered explicitly instead of through {@code ServiceLoader} and
 * META-INF/services/org.eclipse.xtext.ISetup (which the ide bundle still ships): ServiceLoader goes
 * through the thread's context class loader, which is not the bundle's under OSGi, and a runtime-only
 * setup found on the same class path would win the ".ddi" extension without the ide services.</li>
 * <li>The LSP {@code exit} notification ends {@link #run} with the exit code the protocol asks for (0
 * after {@code shutdown}, 1 otherwise) instead of calling {@code System.exit} in the middle of a
 * JSON-RPC dispatch; the caller decides what to do with the code.</li>
 * </ul>
 */
public final class DdiLanguageServer {

	private DdiLanguageServer() {
	}

	/**
	 * Serves one client until it sends {@code exit} or closes {@code in}. Nothing but JSON-RPC is
	 * written to {@code out}; the caller keeps everything else (logs, System.out) away from it.
	 *
	 * @param trace where to log every JSON-RPC message, or {@code null}
	 * @return 0 if the client asked for {@code shutdown} before leaving, 1 otherwise
	 */
	public static int run(InputStream in, OutputStream out, PrintWriter trace) throws InterruptedException {
		ExitHandler exit = new ExitHandler();
		IResourceServiceProvider.Registry languages = languages();
		Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exit);
		}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out, true, trace);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		// The client may also just close the pipe (editor killed): that ends the server too.
		Thread watcher = new Thread(() -> {
			try {
				listening.get();
			} catch (InterruptedException | ExecutionException | RuntimeException e) {
				// the stream is gone either way
			}
			exit.exit();
		}, "ddi-lsp-input-watcher");
		watcher.setDaemon(true);
		watcher.start();
		try {
			return exit.code.get();
		} catch (ExecutionException e) {
			return 1;
		} finally {
			listening.cancel(true);
		}
	}

	/** The registry the server looks languages up in: ".ddi" with the runtime + ide injector. */
	static IResourceServiceProvider.Registry languages() {
		Injector language = new DdiIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			registry.getExtensionToFactoryMap().put(extension, provider);
		}
		return registry;
	}

	/** Turns LSP shutdown/exit into a result instead of System.exit. */
	private static final class ExitHandler implements ILanguageServerShutdownAndExitHandler {

		final CompletableFuture<Integer> code = new CompletableFuture<>();

		private volatile boolean shutdown;

		@Override
		public void shutdown() {
			shutdown = true;
		}

		@Override
		public void exit() {
			code.complete(shutdown ? 0 : 1);
		}
	}
}
