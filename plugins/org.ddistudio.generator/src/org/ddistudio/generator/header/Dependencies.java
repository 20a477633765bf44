/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.header;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ddistudio.model.Declaration;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Routine;
import org.ddistudio.model.StructType;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.TypedefType;

/** The declarations a declaration names: for #include lines and for the order of definitions. */
final class Dependencies {

	private Dependencies() {
	}

	/** Everything named, by value or through a pointer, including the base of an interface. */
	static Set<Declaration> all(Declaration declaration) {
		Set<Declaration> result = new LinkedHashSet<>();
		if (declaration instanceof Interface iface) {
			if (iface.getBase() != null && !iface.getBase().eIsProxy()) {
				result.add(iface.getBase());
			}
			add(result, iface.getSpecificData(), true);
			for (Member member : iface.getMembers()) {
				addMember(result, member, true);
			}
		} else if (declaration instanceof StructType struct) {
			struct.getFields().forEach(f -> addMember(result, f, true));
		} else if (declaration instanceof TypedefType typedef) {
			add(result, typedef.getType(), true);
		}
		return result;
	}

	/** The types that must be complete before this one is defined: those used by value. */
	static Set<TypeDeclaration> byValue(TypeDeclaration declaration) {
		Set<Declaration> result = new LinkedHashSet<>();
		if (declaration instanceof StructType struct) {
			struct.getFields().forEach(f -> addMember(result, f, false));
		} else if (declaration instanceof TypedefType typedef) {
			// A typedef of a struct that is still incomplete is legal C, but a later use by value of the
			// typedef then needs the struct: treating it as by-value keeps the order simple and right.
			add(result, typedef.getType(), false);
		}
		Set<TypeDeclaration> types = new LinkedHashSet<>();
		result.forEach(d -> types.add((TypeDeclaration) d));
		return types;
	}

	private static void addMember(Set<Declaration> result, Member member, boolean pointersToo) {
		if (member instanceof Field field) {
			add(result, field.getType(), pointersToo);
		} else if (member instanceof Routine routine) {
			add(result, routine.getReturnType(), pointersToo);
			for (Parameter parameter : routine.getParameters()) {
				add(result, parameter.getType(), pointersToo);
			}
		}
	}

	private static void add(Set<Declaration> result, TypeRef ref, boolean pointersToo) {
		if (ref != null && ref.getDeclared() != null && !ref.getDeclared().eIsProxy() && (pointersToo || ref.getPointerLevel() == 0)) {
			result.add(ref.getDeclared());
		}
	}
}
