/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.dsl.scoping.DdiQualifiedNameProvider;
import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.junit.jupiter.api.Test;

/** {@link DdiQualifiedNameProvider} names every element exactly as Xtext's default provider does. */
class QualifiedNameTest {

	@Test
	void simpleNameIsXtextsForEveryKindOfElement() {
		int named = 0;
		for (EClassifier classifier : DdiPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
				EObject element = EcoreUtil.create(eClass);
				EStructuralFeature name = eClass.getEStructuralFeature("name");
				if (name != null && name.getEType().getInstanceClass() == String.class) {
					element.eSet(name, "n" + named++);
				}
				assertEquals(SimpleAttributeResolver.NAME_RESOLVER.apply(element), DdiQualifiedNameProvider.NAME.apply(element), eClass.getName());
			}
		}
		assertTrue(named > 5, "named kinds: " + named);
	}

	@Test
	void qualifiedNamesOfAParsedModelAreXtexts() {
		DdiTestSupport support = DdiTestSupport.of(ParsingTest.TOASTER);
		IQualifiedNameProvider ours = DdiTestSupport.injector().getInstance(IQualifiedNameProvider.class);
		assertTrue(ours instanceof DdiQualifiedNameProvider);
		XtextsComputation xtexts = DdiTestSupport.injector().getInstance(XtextsComputation.class);
		int compared = 0;
		for (var it = support.model().eAllContents(); it.hasNext();) {
			EObject element = it.next();
			// both providers keep names under the same key of the resource cache: compare a fresh
			// computation of Xtext's (each element's own part; its container's name is checked in turn)
			assertEquals(xtexts.compute(element), ours.getFullyQualifiedName(element), element.toString());
			compared++;
		}
		assertTrue(compared > 20);
	}

	/** Xtext's default provider, computing without its cache. */
	public static class XtextsComputation extends DefaultDeclarativeQualifiedNameProvider {
		QualifiedName compute(EObject element) {
			return computeFullyQualifiedName(element);
		}
	}
}
