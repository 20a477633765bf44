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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddistudio.generator.c.CNames;
import org.ddistudio.generator.c.CText;
import org.ddistudio.generator.c.CTypes;
import org.ddistudio.model.Field;
import org.ddistudio.model.OpaqueType;
import org.ddistudio.model.StructType;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.TypedefType;
import org.ddistudio.model.layout.TypeLayouts;

/**
 * The declared types of a header. Structs are forward-declared first (typedef struct _X X), so that
 * pointers to any of them, including a struct's pointer to itself, need no particular order; then
 * definitions follow in an order where everything used by value is complete.
 */
final class TypeSection {

	private final HeaderPlan plan;

	TypeSection(HeaderPlan plan) {
		this.plan = plan;
	}

	void append(StringBuilder out, List<TypeDeclaration> all) {
		List<TypeDeclaration> types = new ArrayList<>();
		for (TypeDeclaration type : all) {
			if (CNames.isWdk(type)) {
				appendWdk(out, type);
			} else {
				types.add(type);
			}
		}
		if (types.isEmpty()) {
			return;
		}
		boolean forward = false;
		for (TypeDeclaration type : types) {
			if (type instanceof StructType struct) {
				out.append("typedef struct _").append(struct.getName()).append(' ').append(struct.getName()).append(";\n");
				String pointer = CNames.pointer(struct.getName());
				if (!plan.isDeclaredName(pointer)) {
					out.append("typedef ").append(struct.getName()).append(" *").append(pointer).append(";\n");
				}
				forward = true;
			}
		}
		if (forward) {
			out.append('\n');
		}
		for (TypeDeclaration type : definitionOrder(types)) {
			out.append(CText.docComment(type.getDocumentation(), ""));
			if (type instanceof StructType struct) {
				appendStruct(out, struct);
			} else if (type instanceof TypedefType typedef) {
				if (typedef.getType() != null) {
					out.append("typedef ").append(CTypes.join(CTypes.type(typedef.getType()), typedef.getName())).append(";\n\n");
				}
			} else if (type instanceof OpaqueType opaque) {
				appendOpaque(out, opaque);
			}
		}
	}

	/** A type the WDK declares: not redefined, only its size asserted against the model's. */
	private static void appendWdk(StringBuilder out, TypeDeclaration type) {
		out.append("/* ").append(type.getName()).append(": declared by the WDK in ").append(type.getDeclaredIn()).append(". */\n");
		LayoutAsserts.append(out, type.getName(), abi -> TypeLayouts.ofDeclaration(type, abi).size());
	}

	private static void appendStruct(StringBuilder out, StructType struct) {
		out.append("struct _").append(struct.getName()).append(" {\n");
		for (Field field : struct.getFields()) {
			out.append(CText.docComment(field.getDocumentation(), "    "));
			out.append("    ").append(CTypes.field(field)).append('\n');
		}
		out.append("};\n\n");
		LayoutAsserts.append(out, struct.getName(), abi -> TypeLayouts.ofDeclaration(struct, abi).size());
	}

	/**
	 * An opaque type is defined by some other header DDI Studio does not see. The stand-in has the
	 * declared size and alignment so the interface layout is right; a driver that includes the real
	 * definition defines DDI_HAVE_NAME first.
	 */
	private static void appendOpaque(StringBuilder out, OpaqueType opaque) {
		String name = opaque.getName();
		int x86Size = opaque.isSetSizeX86() ? opaque.getSizeX86() : opaque.getSize();
		int x86Alignment = opaque.isSetAlignmentX86() ? opaque.getAlignmentX86() : opaque.getAlignment();
		out.append("/* Opaque to DDI Studio: a stand-in with its size and alignment. Define DDI_HAVE_").append(name)
				.append(" to use the real definition. */\n");
		out.append("#ifndef DDI_HAVE_").append(name).append('\n');
		out.append("#if defined(_WIN64)\n");
		out.append(opaqueStruct(name, opaque.getSize(), opaque.getAlignment()));
		out.append("#else\n");
		out.append(opaqueStruct(name, x86Size, x86Alignment));
		out.append("#endif\n#endif\n\n");
	}

	private static String opaqueStruct(String name, int size, int alignment) {
		return "typedef struct DECLSPEC_ALIGN(" + Math.max(1, alignment) + ") _" + name + " { UCHAR Opaque[" + Math.max(1, size) + "]; } "
				+ name + ";\n";
	}

	/**
	 * Depth-first over by-value uses within this header; a cycle (reported by the validator) just
	 * stops. The walk keeps its own stack: a chain of ten thousand structs must not overflow the thread's.
	 */
	private static List<TypeDeclaration> definitionOrder(List<TypeDeclaration> types) {
		Set<TypeDeclaration> scope = new HashSet<>(types);
		Set<TypeDeclaration> done = new LinkedHashSet<>();
		Set<TypeDeclaration> visiting = new HashSet<>();
		Deque<Map.Entry<TypeDeclaration, Iterator<TypeDeclaration>>> stack = new ArrayDeque<>();
		for (TypeDeclaration type : types) {
			enter(type, done, visiting, stack);
			while (!stack.isEmpty()) {
				Map.Entry<TypeDeclaration, Iterator<TypeDeclaration>> top = stack.peek();
				if (top.getValue().hasNext()) {
					TypeDeclaration used = top.getValue().next();
					if (scope.contains(used)) {
						enter(used, done, visiting, stack);
					}
				} else {
					stack.pop();
					visiting.remove(top.getKey());
					done.add(top.getKey());
				}
			}
		}
		return new ArrayList<>(done);
	}

	private static void enter(TypeDeclaration type, Set<TypeDeclaration> done, Set<TypeDeclaration> visiting,
			Deque<Map.Entry<TypeDeclaration, Iterator<TypeDeclaration>>> stack) {
		if (!done.contains(type) && visiting.add(type)) {
			stack.push(Map.entry(type, Dependencies.byValue(type).iterator()));
		}
	}
}
