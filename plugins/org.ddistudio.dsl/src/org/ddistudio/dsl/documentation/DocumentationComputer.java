/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.documentation;

import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.DerivedStateAwareResource;
import org.eclipse.xtext.resource.IDerivedStateComputer;

import com.google.inject.Inject;

/**
 * Copies the documentation comment in front of an element (a comment opened with slash-star-star)
 * into the model's {@code documentation} feature, so that the simulator, the generators and hovers
 * read it from the model without depending on Xtext. Derived state: recomputed after every parse.
 */
public class DocumentationComputer implements IDerivedStateComputer {

	@Inject
	private IEObjectDocumentationProvider documentationProvider;

	@Override
	public void installDerivedState(DerivedStateAwareResource resource, boolean preIndexingPhase) {
		// Idempotent, so it runs in the pre-indexing phase and again for the full resource alike.
		resource.getAllContents().forEachRemaining(object -> {
			EStructuralFeature feature = documentationFeature(object);
			if (feature != null) {
				String doc = documentationProvider.getDocumentation(object);
				if (doc != null && !doc.isBlank()) {
					object.eSet(feature, doc.strip());
				}
			}
		});
	}

	@Override
	public void discardDerivedState(DerivedStateAwareResource resource) {
		resource.getAllContents().forEachRemaining(object -> {
			EStructuralFeature feature = documentationFeature(object);
			if (feature != null && object.eIsSet(feature)) {
				object.eUnset(feature);
			}
		});
	}

	private static EStructuralFeature documentationFeature(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(DdiPackage.Literals.DECLARATION__DOCUMENTATION.getName());
		return feature != null && feature.getEType() == DdiPackage.Literals.DECLARATION__DOCUMENTATION.getEType() ? feature : null;
	}
}
