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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ddistudio.dsl.scoping.DdiImportedNamespaceScopeProvider;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Device;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.junit.jupiter.api.Test;

/**
 * The scopes that {@link DdiImportedNamespaceScopeProvider} keeps in the resource scope cache must
 * follow every change the way uncached scopes do: an edit of the same file (reparse, or a change
 * through the model API as a quick fix or refactoring makes it), and a change of another file
 * (whose names reach this file through the index, not through this file's cache).
 */
class ScopeCacheTest {

	private final IScopeProvider scopes = DdiTestSupport.injector().getInstance(IScopeProvider.class);

	private static final String SYSTEM = """
			package p
			system S {
			    device A {
			        pdo root
			    }
			    device B parent A {
			        pdo root
			    }
			}
			""";

	@Test
	void scopeOfATopLevelDeclarationIsSharedUntilTheFileChanges() {
		DdiTestSupport support = DdiTestSupport.of(SYSTEM);
		SystemLayout system = (SystemLayout) support.model().getDeclarations().get(0);
		IScope first = scopes.getScope(system, DdiPackage.Literals.DEVICE__PARENT);
		assertSame(first, scopes.getScope(system, DdiPackage.Literals.DEVICE__PARENT), "cached while unchanged");
		system.getDevices().get(0).setName("A2");
		assertNotSame(first, scopes.getScope(system, DdiPackage.Literals.DEVICE__PARENT), "evicted by the change");
	}

	@Test
	void renameThroughTheModelIsSeenByTheNextLookup() {
		DdiTestSupport support = DdiTestSupport.of(SYSTEM);
		Device b = device(support.model(), "B");
		assertNotNull(lookUp(b, DdiPackage.Literals.DEVICE__PARENT, "A"));
		device(support.model(), "A").setName("Renamed");
		assertNull(lookUp(b, DdiPackage.Literals.DEVICE__PARENT, "A"));
		assertNotNull(lookUp(b, DdiPackage.Literals.DEVICE__PARENT, "Renamed"));
	}

	@Test
	void reparseOfTheSameFileIsSeen() throws IOException {
		DdiTestSupport support = DdiTestSupport.of(SYSTEM);
		assertNotNull(lookUp(device(support.model(), "B"), DdiPackage.Literals.DEVICE__PARENT, "A"));
		XtextResource resource = (XtextResource) support.model().eResource();
		resource.reparse(SYSTEM.replace("device A {", "device C {").replace("parent A", "parent C"));
		Device b = device((DdiModel) resource.getContents().get(0), "B");
		assertNull(lookUp(b, DdiPackage.Literals.DEVICE__PARENT, "A"));
		assertEquals("C", b.getParent().getName());
	}

	@Test
	void changeOfAnotherFileIsSeenWithoutAChangeOfThisOne() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("drivers.ddi", "package q\ndriver D1 function KMDF {\n}\n");
		files.put("stacks.ddi", "package p\nimport q.*\nsystem S {\n    device X {\n        pdo root\n        function D1\n    }\n}\n");
		DdiTestSupport support = DdiTestSupport.files(files);
		StackLayer layer = device(support.model("stacks.ddi"), "X").getLayers().get(1);
		assertNotNull(lookUp(layer, DdiPackage.Literals.STACK_LAYER__DRIVER, "D1"));

		((XtextResource) support.model("drivers.ddi").eResource()).reparse("package q\ndriver D2 function KMDF {\n}\n");

		assertNull(lookUp(layer, DdiPackage.Literals.STACK_LAYER__DRIVER, "D1"));
		assertNotNull(lookUp(layer, DdiPackage.Literals.STACK_LAYER__DRIVER, "D2"));
	}

	@Test
	void removedImportIsSeen() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("drivers.ddi", "package q\ndriver D1 function KMDF {\n}\n");
		String stacks = "package p\nimport q.*\nsystem S {\n    device X {\n        pdo root\n        function D1\n    }\n}\n";
		files.put("stacks.ddi", stacks);
		DdiTestSupport support = DdiTestSupport.files(files);
		assertNotNull(lookUp(device(support.model("stacks.ddi"), "X").getLayers().get(1), DdiPackage.Literals.STACK_LAYER__DRIVER, "D1"));

		XtextResource resource = (XtextResource) support.model("stacks.ddi").eResource();
		resource.reparse(stacks.replace("import q.*\n", ""));

		StackLayer layer = device((DdiModel) resource.getContents().get(0), "X").getLayers().get(1);
		assertNull(lookUp(layer, DdiPackage.Literals.STACK_LAYER__DRIVER, "D1"));
		assertNotNull(lookUp(layer, DdiPackage.Literals.STACK_LAYER__DRIVER, "q.D1"));
	}

	private IEObjectDescription lookUp(EObject context, EReference reference, String name) {
		return scopes.getScope(context, reference).getSingleElement(QualifiedName.create(name.split("\\.")));
	}

	private static Device device(DdiModel model, String name) {
		for (EObject declaration : model.getDeclarations()) {
			if (declaration instanceof SystemLayout system) {
				for (Device device : system.getDevices()) {
					if (name.equals(device.getName())) {
						return device;
					}
				}
			}
		}
		throw new AssertionError("no device " + name);
	}
}
