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

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.ui.console.FileLink;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.console.IPatternMatchListener;
import org.eclipse.ui.console.PatternMatchEvent;
import org.eclipse.ui.console.TextConsole;

/**
 * Links "(/project/file.ddi:12)" in the console to line 12 of that workspace file. The console prints
 * full workspace paths, so a link never has to guess among files of the same name.
 */
final class SourceLinkMatcher implements IPatternMatchListener {

	private TextConsole console;

	@Override
	public String getPattern() {
		return "\\((/[^()\\s]+\\.ddi):\\d+\\)";
	}

	@Override
	public int getCompilerFlags() {
		return 0;
	}

	@Override
	public String getLineQualifier() {
		return "\\.ddi:"; // only lines that can match are searched at all
	}

	@Override
	public void connect(TextConsole connected) {
		this.console = connected;
	}

	@Override
	public void disconnect() {
		console = null;
	}

	@Override
	public void matchFound(PatternMatchEvent event) {
		TextConsole target = console;
		if (target == null) {
			return;
		}
		try {
			// the link covers the path and line, without the parentheses
			String text = target.getDocument().get(event.getOffset() + 1, event.getLength() - 2);
			int colon = text.lastIndexOf(':');
			IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(text.substring(0, colon)));
			if (member instanceof IFile file) {
				int line = Integer.parseInt(text.substring(colon + 1));
				target.addHyperlink(new FileLink(file, null, -1, -1, line), event.getOffset() + 1, event.getLength() - 2);
			}
		} catch (BadLocationException | NumberFormatException e) {
			// the console was cleared under us, or the text is not a location after all: no link
		}
	}
}
