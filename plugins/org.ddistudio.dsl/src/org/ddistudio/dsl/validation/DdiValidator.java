/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of DDI validation. The rules live in one validator per concern; every diagnostic
 * carries a stable code from {@link DdiRule}.
 */
@ComposedChecks(validators = {
		NameValidator.class,
		InterfaceValidator.class,
		ProducerValidator.class,
		ConsumerValidator.class,
		StackValidator.class,
		ScenarioValidator.class,
		CNameValidator.class,
		SizeLimitValidator.class })
public class DdiValidator extends AbstractDdiValidator {
}
