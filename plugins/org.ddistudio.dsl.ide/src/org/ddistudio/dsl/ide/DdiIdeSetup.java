/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide;

import org.ddistudio.dsl.DdiRuntimeModule;
import org.ddistudio.dsl.DdiStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language injector with the IDE services: runtime module + ide module (editors, language server). */
public class DdiIdeSetup extends DdiStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new DdiRuntimeModule(), new DdiIdeModule()));
	}
}
