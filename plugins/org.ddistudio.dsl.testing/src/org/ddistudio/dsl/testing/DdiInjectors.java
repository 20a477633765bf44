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
 * The language's run-time injector for tests, benchmarks and fuzzing, created (with the EMF
 * registration) once per JVM by Xtext's generated {@link DdiInjectorProvider}, so that no test builds
 * its own.
 *
 * <p>Only the provider's creation of the injector is used, not its {@code getInjector()}: that one
 * also takes a snapshot of EMF's global registries (GlobalRegistries.makeCopyOfGlobalState) for
 * {@code @InjectWith}, after which the language's validators report nothing at all (an interplay with
 * the validator registry of this language, seen in every rule test). Hence tests ask this class, not
 * {@code @ExtendWith(InjectionExtension.class) @InjectWith(DdiInjectorProvider.class)}.
 */
public final class DdiInjectors {

	private static Injector injector;

	private DdiInjectors() {
	}

	/** The injector of the language run time (parser, linker, validators, formatter, serializer). */
	public static synchronized Injector runtime() {
		if (injector == null) {
			injector = new Creator().create();
		}
		return injector;
	}

	/** The generated provider's way to create the injector (its module binds the class loader as OSGi needs). */
	private static final class Creator extends DdiInjectorProvider {

		Injector create() {
			return internalCreateInjector();
		}
	}
}
