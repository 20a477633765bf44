package org.ddistudio.cli.report;

import java.nio.file.Path;
import java.util.List;

import org.ddistudio.cli.model.ValidationFinding;

/** Renders the findings of one run as a document (compiler-style text, SARIF, ...). */
public interface Report {

	/**
	 * @param findings the findings in report order
	 * @param cwd the directory artifact paths are made relative to
	 * @return the complete document
	 */
	String render(List<ValidationFinding> findings, Path cwd);
}
