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

import org.ddistudio.dsl.tests.DdiInjectorProvider;

import com.google.inject.Injector;

/**
 * The language's run-time injector for tests, benchmarks and fuzzing: the one of Xtext's generated
 * {@link DdiInjectorProvider}, created (with the EMF registration) once per JVM, so that no test
 * builds its own. A JUnit 5 test that wants its fields injected can also use the provider itself:
 * {@code @ExtendWith(InjectionExtension.class) @InjectWith(DdiInjectorProvider.class)}.
 */
public final class DdiInjectors {

	private static final DdiInjectorProvider PROVIDER = new DdiInjectorProvider();

	private DdiInjectors() {
	}

	/** The injector of the language run time (parser, linker, validators, formatter, serializer). */
	public static synchronized Injector runtime() {
		return PROVIDER.getInjector();
	}
}
