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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.scoping.DdiImportedNamespaceScopeProvider;
import org.ddistudio.dsl.scoping.DdiScopeProvider;
import org.ddistudio.dsl.scoping.ScopeAnchors;
import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.junit.jupiter.api.Test;

/**
 * A reference is answered by the scope of its anchor ({@link ScopeAnchors}: the file's model for an
 * interface, driver or type; the system for a device), from whatever element inside the anchor it is
 * written in ({@link DdiImportedNamespaceScopeProvider}): that must give exactly what Xtext's chain
 * of scopes from the file down to the element gives, for every such reference of the examples and
 * of a generated multi-file workspace.
 */
class ScopeAnchorTest {

	private final DdiImportedNamespaceScopeProvider provider = DdiTestSupport.injector().getInstance(DdiImportedNamespaceScopeProvider.class);
	private final WholeChain wholeChain = new WholeChain();

	/** Xtext's chain from the referring element at every level: the provider without anchors. */
	private static final class WholeChain extends DdiImportedNamespaceScopeProvider {
		WholeChain() {
			DdiTestSupport.injector().injectMembers(this);
		}

		@Override
		protected EObject anchor(EObject context, EReference reference) {
			return null;
		}
	}
	private final IScopeProvider language = DdiTestSupport.injector().getInstance(IScopeProvider.class);
	private final IQualifiedNameConverter names = DdiTestSupport.injector().getInstance(IQualifiedNameConverter.class);

	@Test
	void onlyTheDeclarationsOfAFileAreTopLevelTypes() {
		for (EClass type : List.of(DdiPackage.Literals.INTERFACE, DdiPackage.Literals.DRIVER, DdiPackage.Literals.STRUCT_TYPE,
				DdiPackage.Literals.TYPEDEF_TYPE, DdiPackage.Literals.OPAQUE_TYPE, DdiPackage.Literals.SYSTEM_LAYOUT,
				DdiPackage.Literals.DECLARATION)) {
			assertTrue(ScopeAnchors.topLevel(type), type.getName());
		}
		for (EClass type : List.of(DdiPackage.Literals.DEVICE, DdiPackage.Literals.REMOTE_TARGET_DECL, DdiPackage.Literals.MEMBER,
				DdiPackage.Literals.ROUTINE, DdiPackage.Literals.FIELD, DdiPackage.Literals.SCENARIO, DdiPackage.Literals.STACK_LAYER,
				DdiPackage.Literals.DDI_MODEL)) {
			assertFalse(ScopeAnchors.topLevel(type), type.getName());
		}
	}

	@Test
	void elementsDeclaredOnlyInOneTopLevelDeclarationAreAnchoredThere() throws Exception {
		DdiTestSupport support = DdiTestSupport.of("""
				package p
				driver D function KMDF { target T open by-name }
				system S {
				    device A { pdo root }
				    device B parent A { pdo root function D }
				    scenario Go { start all }
				}
				""");
		org.ddistudio.model.DdiModel model = support.model();
		org.ddistudio.model.Driver driver = (org.ddistudio.model.Driver) model.getDeclarations().get(0);
		org.ddistudio.model.SystemLayout system = (org.ddistudio.model.SystemLayout) model.getDeclarations().get(1);
		org.ddistudio.model.Device b = system.getDevices().get(1);
		EObject layer = b.getLayers().get(1);
		EObject step = system.getScenarios().get(0).getSteps().get(0);
		assertEquals(system, ScopeAnchors.anchor(b, DdiPackage.Literals.DEVICE), "a device's parent: its system");
		assertEquals(system, ScopeAnchors.anchor(step, DdiPackage.Literals.DEVICE), "a step's device: its system");
		assertEquals(model, ScopeAnchors.anchor(layer, DdiPackage.Literals.DRIVER), "a layer's driver: the file");
		assertEquals(driver, ScopeAnchors.anchor(driver, DdiPackage.Literals.REMOTE_TARGET_DECL));
		// a device named from outside any system: only the whole chain decides (a driver may be named like a system)
		assertEquals(null, ScopeAnchors.anchor(driver, DdiPackage.Literals.DEVICE));
		assertEquals(null, ScopeAnchors.anchor(layer, DdiPackage.Literals.STACK_LAYER), "layers are inside devices");
	}

	@Test
	void everyExampleReferenceSeesWhatTheFullChainSees() {
		List<String> folders = new ArrayList<>(List.of("wdk"));
		folders.addAll(ExamplesTest.FOLDERS);
		int compared = compareEveryReference(Examples.texts(folders));
		assertTrue(compared > 100, "references compared: " + compared);
	}

	@Test
	void everyGeneratedReferenceSeesWhatTheFullChainSees() {
		Map<String, String> files = new LinkedHashMap<>();
		for (int unit = 0; unit < 3; unit++) {
			files.putAll(SyntheticSystems.asUnitFiles("g" + unit, SyntheticSystems.toText(new SyntheticSystems.Shape(60, 6, 4, 900 + unit))));
		}
		// Nested elements named like the declarations and packages they could be confused with.
		files.put("shadow/a.ddi", """
				package shadow
				import g0.drivers.*
				interface D { guid {00000000-0000-0000-0000-0000000000AA} version 1 VOID D(_In_ PVOID Context); }
				driver S function KMDF { consume D { calls D } }
				system S {
				    device D { pdo root function S }
				    device shadow parent D { pdo S function S }
				    scenario D { start all }
				}
				""");
		int compared = compareEveryReference(files);
		assertTrue(compared > 300, "references compared: " + compared);
		// names of top-level declarations and of elements declared directly in one (devices of a system)
		assertTrue(anchoredTypes.containsKey("Driver") && anchoredTypes.containsKey("Interface") && anchoredTypes.containsKey("Device"),
				anchoredTypes.toString());
	}

	/** Referenced types whose references were compared, with their counts. */
	private final Map<String, Integer> anchoredTypes = new java.util.TreeMap<>();

	/**
	 * Compares, for every reference that has a scope anchor, the anchored scope with the whole chain,
	 * each in its own copy of the files (the scopes of shared elements are kept in each resource's
	 * cache, so one set would hand the whole chain the anchored scopes); answers how many names were compared.
	 */
	private int compareEveryReference(Map<String, String> files) {
		DdiTestSupport anchoredFiles = DdiTestSupport.files(files);
		DdiTestSupport chainFiles = DdiTestSupport.files(files);
		int compared = 0;
		for (String file : files.keySet()) {
			Resource resource = anchoredFiles.model(file).eResource();
			Resource sameFile = chainFiles.model(file).eResource();
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				EObject sameElement = sameFile.getEObject(resource.getURIFragment(element));
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || ScopeAnchors.anchor(element, reference.getEReferenceType()) == null) {
						continue;
					}
					IScope anchored = provider.getScope(element, reference);
					IScope chain = wholeChain.getScope(sameElement, reference);
					String where = file + " " + element.eClass().getName() + "." + reference.getName();
					assertEquals(describe(chain.getAllElements()), describe(anchored.getAllElements()), where);
					if (!DdiScopeProvider.DOMAIN_SCOPED.contains(reference)) {
						// the language's scope provider (domain scopes on top) answers these references the same way
						assertEquals(describe(chain.getAllElements()), describe(language.getScope(element, reference).getAllElements()), where);
					}
					anchoredTypes.merge(reference.getEReferenceType().getName(), 1, Integer::sum);
					for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
						String text = NodeModelUtils.getTokenText(node);
						IEObjectDescription expected = chain.getSingleElement(names.toQualifiedName(text));
						IEObjectDescription actual = anchored.getSingleElement(names.toQualifiedName(text));
						assertEquals(describe(expected == null ? List.of() : List.of(expected)), describe(actual == null ? List.of() : List.of(actual)),
								where + " '" + text + "'");
						compared++;
					}
				}
			}
		}
		return compared;
	}

	private static List<String> describe(Iterable<IEObjectDescription> descriptions) {
		List<String> lines = new ArrayList<>();
		descriptions.forEach(d -> lines.add(d.getName() + " = " + d.getQualifiedName() + " -> " + d.getEObjectURI()));
		return lines;
	}
}
