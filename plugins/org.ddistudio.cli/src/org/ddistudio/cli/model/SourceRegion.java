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

import org.ddistudio.cli.io.SourceFile;

/** A span of a .ddi file: 1-based lines and columns, end exclusive. */
public record SourceRegion(SourceFile file, int line, int column, int endLine, int endColumn) {

	/** "path:line:col", the form compilers print and editors understand. */
	public String describe() {
		return file.displayPath() + ":" + line + ":" + column;
	}
}
