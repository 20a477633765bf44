/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.model;

import org.ddistudio.dsl.DdiStandaloneSetup;

import com.google.inject.Injector;

/**
 * The DDI language runtime outside Eclipse: one Guice injector per JVM, created on first use (it
 * registers the language with EMF, which is global state, and takes most of the start-up time).
 */
public final class DdiLanguage {

	private static Injector injector;

	private DdiLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
