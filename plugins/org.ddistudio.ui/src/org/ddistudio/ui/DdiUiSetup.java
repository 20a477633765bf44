/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui;

import org.ddistudio.dsl.DdiRuntimeModule;
import org.ddistudio.dsl.ide.DdiIdeModule;
import org.ddistudio.dsl.ide.DdiIdeSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Creates the editor's injector the way Xtext splits a language: runtime module, then the
 * editor-agnostic ide module, then our bridge module, each later one overriding the earlier.
 */
public class DdiUiSetup extends DdiIdeSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new DdiRuntimeModule(), new DdiIdeModule(), new DdiUiModule()));
	}
}
