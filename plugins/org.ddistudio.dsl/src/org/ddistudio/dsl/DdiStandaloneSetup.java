/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl;

import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Initializes the DDI language outside Equinox (CLI, tests): EMF registration and the injector. */
public class DdiStandaloneSetup extends DdiStandaloneSetupGenerated {

	public static void doSetup() {
		new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The metamodel comes from org.ddistudio.model, not from the grammar, so the generated setup does
	 * not register it; inside Eclipse the model bundle's plugin.xml does, outside nothing else would.
	 * It must be registered BEFORE the injector is created: the validators are eager singletons that
	 * look the package up by its nsURI while the injector is built (a null package would leave the
	 * language's validator unregistered and EMF's default validator in its place).
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.putIfAbsent(DdiPackage.eNS_URI, DdiPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
