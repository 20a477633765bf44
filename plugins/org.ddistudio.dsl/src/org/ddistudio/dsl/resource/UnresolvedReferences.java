/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Proxies left in cross-references, found without resolving anything (eGet with resolve false, a
 * list's basic view): asking must not start a linker. Containment, container and derived
 * references are not cross-references to be linked, so they are not looked at.
 */
final class UnresolvedReferences {

	private UnresolvedReferences() {
	}

	/** The first cross-reference of the element that holds a proxy, or null if none does. */
	static EReference first(EObject element) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived() && proxy(element, reference) != null) {
				return reference;
			}
		}
		return null;
	}

	/** The first proxy among the targets of the reference, or null if every target is an element. */
	static EObject proxy(EObject element, EReference reference) {
		if (!element.eIsSet(reference)) {
			return null;
		}
		Object value = element.eGet(reference, false);
		List<?> targets = value instanceof InternalEList<?> list ? list.basicList() : value instanceof List<?> list ? list : List.of(value);
		for (Object target : targets) {
			if (target instanceof EObject object && object.eIsProxy()) {
				return object;
			}
		}
		return null;
	}
}
