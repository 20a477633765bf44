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

/** Renders the findings of one run as a document (compiler-style text, SARIF, ...). */
public interface Report {

	/**
	 * @param findings the findings in report order
	 * @param cwd the directory artifact paths are made relative to
	 * @return the complete document
	 */
	String render(List<ValidationFinding> findings, Path cwd);
}
