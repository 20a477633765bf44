package org.ddistudio.cli.model;

import org.ddistudio.cli.io.SourceFile;

/** A span of a .ddi file: 1-based lines and columns, end exclusive. */
public record SourceRegion(SourceFile file, int line, int column, int endLine, int endColumn) {

	/** "path:line:col", the form compilers print and editors understand. */
	public String describe() {
		return file.displayPath() + ":" + line + ":" + column;
	}
}
