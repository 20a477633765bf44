package org.ddistudio.dsl.validation;


/** Placeholder; rules are added in their own commits. */
public class ScenarioValidator extends DdiRuleValidator {
}
