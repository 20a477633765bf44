package org.ddistudio.dsl.validation;


/** Placeholder; rules are added in their own commits. */
public class InterfaceValidator extends DdiRuleValidator {
}
