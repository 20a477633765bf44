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

import java.util.function.Supplier;

/** The formats of ddi check --format. */
public enum CheckFormat {
	text(TextCheckReport::new), json(JsonCheckReport::new), junit(JunitCheckReport::new), sarif(SarifCheckReport::new);

	private final Supplier<CheckReport> factory;

	CheckFormat(Supplier<CheckReport> factory) {
		this.factory = factory;
	}

	public CheckReport create() {
		return factory.get();
	}
}
