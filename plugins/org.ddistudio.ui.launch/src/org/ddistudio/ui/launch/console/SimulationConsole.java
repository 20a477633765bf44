/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.console;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/**
 * The one "DDI Simulation" console: each run clears it and writes its trace. Lines end in
 * "(/project/file.ddi:LINE)" where the element is known; {@link SourceLinkMatcher} turns those into
 * hyperlinks to the source.
 */
public final class SimulationConsole {

	public static final String NAME = "DDI Simulation";
	/** Console type, so the console's own pattern matcher is attached to this console only. */
	public static final String TYPE = "org.ddistudio.ui.launch.console";

	private SimulationConsole() {
	}

	/** The console, created and registered on first use; safe from any thread. */
	public static synchronized MessageConsole get() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole console : manager.getConsoles()) {
			if (console instanceof MessageConsole message && TYPE.equals(console.getType())) {
				return message;
			}
		}
		MessageConsole console = new MessageConsole(NAME, TYPE, null, true);
		console.addPatternMatchListener(new SourceLinkMatcher());
		manager.addConsoles(new IConsole[] { console });
		return console;
	}

	/** Clears the console, brings it to front, and returns a stream for the new run. */
	public static MessageConsoleStream start() {
		MessageConsole console = get();
		console.clearConsole();
		ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
		return console.newMessageStream();
	}
}
