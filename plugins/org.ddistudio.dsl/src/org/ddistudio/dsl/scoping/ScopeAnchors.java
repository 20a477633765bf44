/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.scoping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Where the scope of a name is decided, read from the metamodel. Xtext looks a name up from the
 * referring element through every container up to the file, each adding its own elements under its
 * own qualified name ("pkg.System.Device.x"). An element type declared only at the top of a file
 * (interfaces, drivers, types, systems: "pkg.x") can never be found through a container below the
 * file's model, so a name of such a type resolves from any element as from the model. An element
 * type declared only directly in one such top-level type (devices in a system: "pkg.System.x";
 * remote targets in a driver; members in an interface) can only be found through that declaration
 * and the levels above it, so from any element inside the declaration the name resolves as from
 * the declaration. The levels in between only add names with more segments than such elements
 * have. Elsewhere (a device named from outside any system) the whole chain decides.
 */
public final class ScopeAnchors {

	private static final Map<EClass, EClass> ANCHOR_CLASSES = compute();

	private ScopeAnchors() {
	}

	/** Whether every element of {@code type} (and of its subtypes) is a declaration of a file's model. */
	public static boolean topLevel(EClass type) {
		return ANCHOR_CLASSES.get(type) == DdiPackage.Literals.DDI_MODEL;
	}

	/**
	 * The element whose scope answers a name of {@code type} written anywhere inside {@code context}:
	 * the file's model, or the enclosing declaration that alone can declare such elements; null when
	 * only the whole chain from {@code context} decides.
	 */
	public static EObject anchor(EObject context, EClass type) {
		EClass anchorClass = ANCHOR_CLASSES.get(type);
		if (anchorClass == null) {
			return null;
		}
		for (EObject element = context; element != null; element = element.eContainer()) {
			if (anchorClass.isInstance(element)) {
				return element;
			}
		}
		return null;
	}

	private static Map<EClass, EClass> compute() {
		Map<EClass, Set<EClass>> owners = new HashMap<>();
		for (EClassifier classifier : DdiPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				owners.put(type, ownersOf(type));
			}
		}
		Map<EClass, EClass> anchors = new HashMap<>();
		for (Map.Entry<EClass, Set<EClass>> entry : owners.entrySet()) {
			if (isOnlyDeclared(entry.getKey())) {
				anchors.put(entry.getKey(), DdiPackage.Literals.DDI_MODEL);
			}
		}
		for (Map.Entry<EClass, Set<EClass>> entry : owners.entrySet()) {
			Set<EClass> by = entry.getValue();
			if (!anchors.containsKey(entry.getKey()) && by.size() == 1) {
				EClass owner = by.iterator().next();
				if (anchors.get(owner) == DdiPackage.Literals.DDI_MODEL) {
					anchors.put(entry.getKey(), owner);
				}
			}
		}
		return Map.copyOf(anchors);
	}

	/** The classes with a containment that can hold an element of {@code type} (its type is the type, a supertype or a subtype). */
	private static Set<EClass> ownersOf(EClass type) {
		Set<EClass> owners = new HashSet<>();
		for (EReference containment : containments()) {
			EClass held = containment.getEReferenceType();
			if (held.isSuperTypeOf(type) || type.isSuperTypeOf(held)) {
				owners.add(containment.getEContainingClass());
			}
		}
		return owners;
	}

	/** Whether the only containment that can hold an element of {@code type} is DdiModel.declarations. */
	private static boolean isOnlyDeclared(EClass type) {
		boolean declared = false;
		for (EReference containment : containments()) {
			EClass held = containment.getEReferenceType();
			if (held.isSuperTypeOf(type) || type.isSuperTypeOf(held)) {
				if (containment != DdiPackage.Literals.DDI_MODEL__DECLARATIONS) {
					return false;
				}
				declared = true;
			}
		}
		return declared;
	}

	private static Set<EReference> containments() {
		Set<EReference> containments = new HashSet<>();
		for (EClassifier classifier : DdiPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass owner) {
				for (EReference reference : owner.getEReferences()) {
					if (reference.isContainment()) {
						containments.add(reference); // declared here: its owner is the class that declares it
					}
				}
			}
		}
		return containments;
	}
}
