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
