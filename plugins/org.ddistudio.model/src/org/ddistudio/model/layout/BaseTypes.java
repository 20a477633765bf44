/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.layout;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.TypedefType;

/** Classification of types that rules need besides their layout. */
public final class BaseTypes {

	private BaseTypes() {
	}

	/** Whether a base type is a pointer (PVOID, PUCHAR, LPGUID, function pointers ...), not a handle or integer. */
	public static boolean isPointer(BaseType type) {
		String name = type.getName();
		return type != BaseType.PHYSICAL_ADDRESS && (name.startsWith("P") || name.startsWith("LP"));
	}

	/** Whether a use of a type is a pointer: stars, a pointer base type, or a typedef of one. */
	public static boolean isPointer(TypeRef ref) {
		for (int depth = 0; ref != null && depth < 32; depth++) {
			if (ref.getPointerLevel() > 0) {
				return true;
			}
			TypeDeclaration declared = ref.getDeclared();
			if (declared == null) {
				return isPointer(ref.getBaseType());
			}
			if (declared.eIsProxy() || !(declared instanceof TypedefType typedef)) {
				return false;
			}
			ref = typedef.getType();
		}
		return false;
	}

	/** The type as a C programmer would write it, e.g. "CONST UCHAR *". */
	public static String toC(TypeRef ref) {
		if (ref == null) {
			return "?";
		}
		String name = ref.getDeclared() != null ? (ref.getDeclared().eIsProxy() ? "?" : ref.getDeclared().getName())
				: ref.getBaseType().getName();
		return (ref.isConst() ? "CONST " : "") + name + (ref.getPointerLevel() > 0 ? " " + "*".repeat(ref.getPointerLevel()) : "");
	}
}
