/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.model;

import java.util.Comparator;

import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.model.rules.Severity;

/**
 * One diagnostic in a file, independent of Xtext, ready for any report format. Lines and columns are
 * 1-based; the end is exclusive (the column just after the last character), as in SARIF.
 */
public record ValidationFinding(SourceFile file, int line, int column, int endLine, int endColumn, Severity severity, String code,
		String message) {

	/** Report order: by path, then position, then code (for a stable order of findings at one spot). */
	public static final Comparator<ValidationFinding> ORDER = Comparator.comparing((ValidationFinding f) -> f.file().displayPath())
			.thenComparingInt(ValidationFinding::line)
			.thenComparingInt(ValidationFinding::column)
			.thenComparing(ValidationFinding::code)
			.thenComparing(ValidationFinding::message);
}
