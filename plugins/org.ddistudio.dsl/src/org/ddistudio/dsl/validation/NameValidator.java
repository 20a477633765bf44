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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Routine;
import org.ddistudio.model.StructType;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.layout.Interfaces;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** DDI010: names that must be unique, in one file and across the files of a package. */
public class NameValidator extends DdiRuleValidator {

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	/** Declarations of one package share one C namespace, across all files of the project. */
	@Check(CheckType.NORMAL)
	public void uniqueDeclarations(DdiModel model) {
		unique(model.getDeclarations(), Declaration::getName, DdiPackage.Literals.DECLARATION__NAME, "declaration");
		if (model.eResource() == null) {
			return;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(model.eResource());
		for (Declaration declaration : model.getDeclarations()) {
			QualifiedName name = qualifiedNames.getFullyQualifiedName(declaration);
			if (name == null) {
				continue;
			}
			for (IEObjectDescription other : index.getExportedObjects(DdiPackage.Literals.DECLARATION, name, false)) {
				if (!other.getEObjectURI().trimFragment().equals(model.eResource().getURI())) {
					report(DdiRule.DUPLICATE_NAME, "'" + name + "' is also declared in " + other.getEObjectURI().trimFragment().lastSegment(),
							declaration, DdiPackage.Literals.DECLARATION__NAME);
					break;
				}
			}
		}
	}

	/** An empty or comment-only file is most likely a file saved before it was written, or truncated. */
	@Check
	public void notEmpty(DdiModel model) {
		if (model.getDeclarations().isEmpty() && model.getImports().isEmpty() && model.getName() == null) {
			report(DdiRule.EMPTY_FILE, "this file declares nothing (no package, import or declaration)", model, null);
		}
	}

	@Check
	public void uniqueMembers(Interface iface) {
		// inherited members count: the version chain becomes one C struct
		List<Member> all = Interfaces.allMembers(iface);
		Map<String, Member> seen = new HashMap<>();
		for (Member member : all) {
			Member first = seen.putIfAbsent(member.getName(), member);
			if (first != null && member.eContainer() == iface) {
				String where = first.eContainer() == iface ? "" : " (inherited from " + ((Interface) first.eContainer()).getName() + ")";
				report(DdiRule.DUPLICATE_NAME, "member '" + member.getName() + "' is declared twice in this interface struct" + where,
						member, DdiPackage.Literals.MEMBER__NAME);
			}
		}
	}

	@Check
	public void uniqueParameters(Routine routine) {
		unique(routine.getParameters(), Parameter::getName, DdiPackage.Literals.PARAMETER__NAME, "parameter");
	}

	@Check
	public void uniqueFields(StructType struct) {
		unique(struct.getFields(), Member::getName, DdiPackage.Literals.MEMBER__NAME, "field");
	}

	@Check
	public void uniqueTargets(Driver driver) {
		unique(driver.getTargets(), t -> t.getName(), DdiPackage.Literals.REMOTE_TARGET_DECL__NAME, "remote target");
	}

	@Check
	public void uniqueDevicesAndScenarios(SystemLayout system) {
		unique(system.getDevices(), d -> d.getName(), DdiPackage.Literals.DEVICE__NAME, "device");
		unique(system.getScenarios(), s -> s.getName(), DdiPackage.Literals.SCENARIO__NAME, "scenario");
	}

	private <T extends EObject> void unique(List<T> elements, Function<T, String> name, EStructuralFeature feature, String what) {
		Map<String, T> seen = new HashMap<>();
		for (T element : elements) {
			String n = name.apply(element);
			if (n != null && seen.putIfAbsent(n, element) != null) {
				report(DdiRule.DUPLICATE_NAME, "duplicate " + what + " '" + n + "'", element, feature);
			}
		}
	}
}
