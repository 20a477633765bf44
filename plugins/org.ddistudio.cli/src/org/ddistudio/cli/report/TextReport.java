/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.report;

import java.nio.file.Path;
import java.util.List;

import org.ddistudio.cli.model.ValidationFinding;

/**
 * The compiler-style format "path:line:col: error CODE: message" that editors, terminals and CI log
 * viewers already turn into links. Nothing else is printed, so a clean model gives empty output.
 */
public final class TextReport implements Report {

	@Override
	public String render(List<ValidationFinding> findings, Path cwd) {
		StringBuilder text = new StringBuilder();
		for (ValidationFinding f : findings) {
			text.append(line(f)).append('\n');
		}
		return text.toString();
	}

	/** One finding as one line, without line terminator. */
	public static String line(ValidationFinding f) {
		return f.file().displayPath() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + " " + f.code() + ": "
				+ f.message();
	}
}
