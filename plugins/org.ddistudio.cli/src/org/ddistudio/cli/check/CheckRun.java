/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.check;

import java.util.List;

import org.ddistudio.check.CheckOptions;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;

/**
 * The results of one ddi check invocation, for the report formats.
 *
 * @param results one per system and start state, in model order
 * @param options the bounds the searches ran with
 */
public record CheckRun(List<CheckResult> results, CheckOptions options) {

	public long count(CheckVerdict verdict) {
		return results.stream().filter(r -> r.verdict() == verdict).count();
	}
}
