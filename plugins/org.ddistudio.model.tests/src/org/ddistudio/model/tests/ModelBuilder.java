/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.tests;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.DdiFactory;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.OpaqueType;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Routine;
import org.ddistudio.model.StructType;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.TypedefType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;

/** Builds DDI models programmatically, the way the parser would, without Xtext. */
final class ModelBuilder {

	static final DdiFactory F = DdiFactory.eINSTANCE;

	private ModelBuilder() {
	}

	static TypeRef ref(BaseType base) {
		TypeRef ref = F.createTypeRef();
		ref.setBaseType(base);
		return ref;
	}

	static TypeRef ptr(BaseType base, int level) {
		TypeRef ref = ref(base);
		ref.setPointerLevel(level);
		return ref;
	}

	static TypeRef ref(TypeDeclaration declared) {
		TypeRef ref = F.createTypeRef();
		ref.setDeclared(declared);
		return ref;
	}

	static TypeRef ptr(TypeDeclaration declared, int level) {
		TypeRef ref = ref(declared);
		ref.setPointerLevel(level);
		return ref;
	}

	static Field field(String name, TypeRef type) {
		Field field = F.createField();
		field.setName(name);
		field.setType(type);
		return field;
	}

	static Field field(String name, BaseType type) {
		return field(name, ref(type));
	}

	static Field array(String name, TypeRef type, int length) {
		Field field = field(name, type);
		field.setArrayLength(length);
		return field;
	}

	/** A routine {@code BOOLEAN name(_In_ PVOID Context)}. */
	static Routine routine(String name) {
		Routine routine = F.createRoutine();
		routine.setName(name);
		routine.setReturnType(ref(BaseType.BOOLEAN));
		Parameter context = F.createParameter();
		context.setName("Context");
		context.setType(ref(BaseType.PVOID));
		routine.getParameters().add(context);
		return routine;
	}

	static Interface iface(String name, Member... members) {
		Interface iface = F.createInterface();
		iface.setName(name);
		iface.setVersion(1);
		for (Member member : members) {
			iface.getMembers().add(member);
		}
		return iface;
	}

	static Interface extending(String name, Interface base, Member... members) {
		Interface iface = iface(name, members);
		iface.setBase(base);
		iface.setVersion(base.getVersion() + 1);
		return iface;
	}

	static StructType struct(String name, Field... fields) {
		StructType struct = F.createStructType();
		struct.setName(name);
		for (Field field : fields) {
			struct.getFields().add(field);
		}
		return struct;
	}

	static TypedefType typedef(String name, TypeRef type) {
		TypedefType typedef = F.createTypedefType();
		typedef.setName(name);
		typedef.setType(type);
		return typedef;
	}

	static OpaqueType opaque(String name, int size, int alignment) {
		OpaqueType opaque = F.createOpaqueType();
		opaque.setName(name);
		opaque.setSize(size);
		opaque.setAlignment(alignment);
		return opaque;
	}

	static OpaqueType opaque(String name, int size, int alignment, int sizeX86, int alignmentX86) {
		OpaqueType opaque = opaque(name, size, alignment);
		opaque.setSizeX86(sizeX86);
		opaque.setAlignmentX86(alignmentX86);
		return opaque;
	}

	/** An unresolved cross-reference target, as the linker leaves it for an unknown name. */
	static <T extends org.eclipse.emf.ecore.EObject> T proxy(T object, String fragment) {
		((InternalEObject) object).eSetProxyURI(URI.createURI("inmemory:/missing.ddi#" + fragment));
		return object;
	}

	/** The TOASTER_INTERFACE_STANDARD of the WDK toaster sample: three routines after the header. */
	static Interface toaster() {
		Interface toaster = iface("TOASTER_INTERFACE_STANDARD", routine("GetCrispinessLevel"),
				routine("SetCrispinessLevel"), routine("IsSafetyLockEnabled"));
		toaster.setGuid("{E0B27630-5434-11D3-B890-00C04FAD5171}");
		return toaster;
	}
}
