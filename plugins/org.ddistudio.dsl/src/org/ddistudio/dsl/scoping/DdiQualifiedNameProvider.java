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

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.common.base.Function;
import com.google.inject.Singleton;

/**
 * Xtext's qualified names (an element's {@code name} appended to its container's qualified name),
 * with the simple name read directly from the element.
 * <p>
 * Xtext's default reads it through {@code SimpleAttributeResolver.NAME_RESOLVER}, which keeps every
 * element's name in a global weak map and adds an adapter to every named element to empty that map
 * on a change. On a large workspace the map lookups were about 7 % of the load time, and the
 * adapters and map entries were part of the heap per element; reading the attribute is as cheap
 * as the lookup and always current. The name is the same: the {@code name} feature when it is a
 * single-valued String attribute, otherwise none.
 * <p>
 * An element without a name has no qualified name (Xtext's rule, as this class declares no
 * {@code qualifiedName} methods); that answer is given at once instead of being kept in the resource
 * cache, which Xtext otherwise fills with one entry for each of them (stack layers and target
 * bindings are two thirds of the elements of a large system, and every element is asked while
 * indexing and scoping).
 */
@Singleton
public class DdiQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/** An element's simple name, as Xtext's name resolver defines it. */
	public static final Function<EObject, String> NAME = DdiQualifiedNameProvider::nameOf;

	@Override
	protected Function<EObject, String> getResolver() {
		return NAME;
	}

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		String name = nameOf(element);
		if (name == null || name.isEmpty()) {
			return null;
		}
		return super.getFullyQualifiedName(element);
	}

	/** The element's simple name as a one-segment qualified name (what Scopes.scopeFor names elements by), or null. */
	public static QualifiedName simpleName(EObject element) {
		String name = nameOf(element);
		return name == null ? null : QualifiedName.create(name);
	}

	private static String nameOf(EObject element) {
		if (element == null) {
			return null;
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		if (feature instanceof EAttribute && !feature.isMany() && feature.getEType().getInstanceClass() != null
				&& String.class.isAssignableFrom(feature.getEType().getInstanceClass())) {
			return (String) element.eGet(feature);
		}
		return null;
	}
}
