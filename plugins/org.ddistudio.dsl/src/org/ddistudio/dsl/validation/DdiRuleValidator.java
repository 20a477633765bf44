package org.ddistudio.dsl.validation;

import java.util.List;

import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the per-concern validators composed by {@link DdiValidator}: reports under a
 * {@link DdiRule} code, and registers nothing itself (the composing validator does).
 */
public abstract class DdiRuleValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(DdiPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DdiValidator, which is the one registered
	}

	protected void error(DdiRule rule, String message, EObject source, EStructuralFeature feature) {
		error(message, source, feature, rule.code());
	}

	protected void error(DdiRule rule, String message, EObject source, EStructuralFeature feature, int index) {
		error(message, source, feature, index, rule.code());
	}

	protected void warning(DdiRule rule, String message, EObject source, EStructuralFeature feature) {
		warning(message, source, feature, rule.code());
	}

	protected void warning(DdiRule rule, String message, EObject source, EStructuralFeature feature, int index) {
		warning(message, source, feature, index, rule.code());
	}
}
