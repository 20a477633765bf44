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

	/**
	 * Reports a finding of {@code rule} with the rule's own severity ({@link DdiRule#defaultSeverity()}):
	 * the severity is decided once, in the catalogue, and the CLI, SARIF, the IDE and the language server
	 * all show what the validator reported.
	 */
	protected void report(DdiRule rule, String message, EObject source, EStructuralFeature feature) {
		report(rule, message, source, feature, INSIGNIFICANT_INDEX);
	}

	/** {@link #report(DdiRule, String, EObject, EStructuralFeature)} at one value of a many-valued feature. */
	protected void report(DdiRule rule, String message, EObject source, EStructuralFeature feature, int index) {
		switch (rule.defaultSeverity()) {
		case ERROR -> error(message, source, feature, index, rule.code());
		case WARNING -> warning(message, source, feature, index, rule.code());
		case INFO -> info(message, source, feature, index, rule.code());
		}
	}

	/**
	 * The documented milder case of a rule whose default is an error (DDI107, DDI205: their docs/rules.md
	 * entries name both severities), reported as a warning.
	 */
	protected void reportAsWarning(DdiRule rule, String message, EObject source, EStructuralFeature feature) {
		warning(message, source, feature, rule.code());
	}
}
