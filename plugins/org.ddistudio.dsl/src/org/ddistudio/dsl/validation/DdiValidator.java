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
