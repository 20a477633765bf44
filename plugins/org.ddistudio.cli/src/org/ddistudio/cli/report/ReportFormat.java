package org.ddistudio.cli.report;

import java.util.function.Supplier;

/** The formats of "ddi validate --format"; a new format is one more constant. */
public enum ReportFormat {
	/** path:line:col: severity CODE: message, one finding per line, as compilers print them. */
	TEXT(TextReport::new),
	/** SARIF 2.1.0, for code scanning services and IDE viewers. */
	SARIF(SarifReport::new);

	private final Supplier<Report> factory;

	ReportFormat(Supplier<Report> factory) {
		this.factory = factory;
	}

	public Report create() {
		return factory.get();
	}
}
