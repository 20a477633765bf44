/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.testing;

import org.ddistudio.dsl.ide.DdiIdeSetup;

import com.google.inject.Injector;

/**
 * The injector of the editor-agnostic IDE services (content assist, highlighting, quick fixes),
 * created once per JVM. A class of its own so that users of {@link DdiInjectors} outside OSGi (the
 * benchmarks, the fuzzing) need no IDE classes on their class path.
 */
public final class DdiIdeInjector {

	private static Injector injector;

	private DdiIdeInjector() {
	}

	/** The IDE injector; its creation registers the language's IDE set-up with EMF, as DdiIdeSetup does. */
	public static synchronized Injector get() {
		if (injector == null) {
			injector = new DdiIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
