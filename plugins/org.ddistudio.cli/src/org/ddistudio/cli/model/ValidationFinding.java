package org.ddistudio.cli.model;

import java.util.Comparator;

import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.model.rules.Severity;

/**
 * One diagnostic in a file, independent of Xtext, ready for any report format. Lines and columns are
 * 1-based; the end is exclusive (the column just after the last character), as in SARIF.
 */
public record Finding(SourceFile file, int line, int column, int endLine, int endColumn, Severity severity, String code,
		String message) {

	/** Report order: by path, then position, then code (for a stable order of findings at one spot). */
	public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().displayPath())
			.thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);
}
