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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.ddistudio.model.Field;
import org.ddistudio.model.OpaqueType;
import org.ddistudio.model.StructType;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.TypedefType;
import org.eclipse.emf.ecore.EObject;

/**
 * Computes size and alignment of type references and declared types on one ABI. The walk through
 * typedefs and nested structs keeps its own stack, never the thread's: a chain of ten thousand
 * typedefs or structs is as valid as one of two, and must not end in a StackOverflowError.
 */
public final class TypeLayouts {

	private TypeLayouts() {
	}

	/** Layout of a use of a type; any pointer level makes it a pointer. */
	public static SizeAndAlignment of(TypeRef ref, Abi abi) throws LayoutException {
		return of(ref, abi, ref, new HashMap<>());
	}

	/** Layout of a field: its type times its array length. */
	public static SizeAndAlignment ofField(Field field, Abi abi) throws LayoutException {
		return ofField(field, abi, new HashMap<>());
	}

	/**
	 * As {@link #ofField(Field, Abi)}, remembering the layouts of the declarations it meets in
	 * {@code known} (one map per ABI, for a model that does not change meanwhile): a validator that lays
	 * out every field of a long chain of structs then walks the chain once, not once per struct.
	 */
	public static SizeAndAlignment ofField(Field field, Abi abi, Map<TypeDeclaration, SizeAndAlignment> known) throws LayoutException {
		SizeAndAlignment element = of(field.getType(), abi, field, known);
		return new SizeAndAlignment(times(element.size(), field), element.alignment());
	}

	/** Layout of a declared type. */
	public static SizeAndAlignment ofDeclaration(TypeDeclaration type, Abi abi) throws LayoutException {
		return ofDeclaration(type, abi, new HashMap<>());
	}

	/** As {@link #ofDeclaration(TypeDeclaration, Abi)}, remembering layouts in {@code known} as {@link #ofField(Field, Abi, Map)} does. */
	public static SizeAndAlignment ofDeclaration(TypeDeclaration type, Abi abi, Map<TypeDeclaration, SizeAndAlignment> known)
			throws LayoutException {
		return new Walk(abi, known).layout(type, type);
	}

	/** {@code owner} is the element that has the type (field, typedef): where a missing type is reported. */
	private static SizeAndAlignment of(TypeRef ref, Abi abi, EObject owner, Map<TypeDeclaration, SizeAndAlignment> known)
			throws LayoutException {
		Object step = leafOrDeclaration(ref, abi, owner);
		return step instanceof SizeAndAlignment leaf ? leaf : new Walk(abi, known).layout((TypeDeclaration) step, ref);
	}

	/** The layout of a use that needs no declaration laid out, or the declaration to lay out. */
	private static Object leafOrDeclaration(TypeRef ref, Abi abi, EObject owner) throws LayoutException {
		if (ref == null) {
			throw new LayoutException("missing type", owner);
		}
		if (ref.getPointerLevel() > 0) {
			return new SizeAndAlignment(abi.pointerSize(), abi.pointerSize());
		}
		TypeDeclaration declared = ref.getDeclared();
		if (declared == null) {
			SizeAndAlignment base = BaseTypeLayout.of(ref.getBaseType(), abi);
			if (base == null) {
				throw new LayoutException("VOID has no size; use it only as a return type or behind a pointer", ref);
			}
			return base;
		}
		if (declared.eIsProxy()) {
			throw new LayoutException("unknown type", ref);
		}
		return declared;
	}

	/**
	 * One depth-first walk from a declaration through the types it holds by value, on a stack of
	 * its own: each frame is a declaration in progress (a typedef waiting for its type, a struct
	 * adding up its fields). Only layouts that succeeded are remembered: a failure is reported where
	 * the walk meets it, so it is met again from every use.
	 */
	private static final class Walk {
		private final Abi abi;
		private final Map<TypeDeclaration, SizeAndAlignment> known;
		private final Deque<Frame> stack = new ArrayDeque<>();
		private final Set<TypeDeclaration> inProgress = new HashSet<>();

		Walk(Abi abi, Map<TypeDeclaration, SizeAndAlignment> known) {
			this.abi = abi;
			this.known = known;
		}

		/** A declaration being laid out: the typedef's type or the struct's fields so far. */
		private static final class Frame {
			final TypeDeclaration type;
			int next;
			long offset;
			int alignment = 1;
			SizeAndAlignment typedefLayout;

			Frame(TypeDeclaration type) {
				this.type = type;
			}
		}

		SizeAndAlignment layout(TypeDeclaration root, EObject use) throws LayoutException {
			SizeAndAlignment result = enter(root, use);
			while (!stack.isEmpty()) {
				Frame frame = stack.peek();
				if (result != null) {
					accept(frame, result);
					result = null;
				}
				TypeRef next;
				EObject owner;
				if (frame.type instanceof TypedefType typedef && frame.next == 0) {
					frame.next = 1;
					next = typedef.getType();
					owner = typedef;
				} else if (frame.type instanceof StructType struct && frame.next < struct.getFields().size()) {
					Field field = struct.getFields().get(frame.next++);
					next = field.getType();
					owner = field;
				} else {
					result = leave(frame);
					continue;
				}
				Object step = leafOrDeclaration(next, abi, owner);
				result = step instanceof SizeAndAlignment leaf ? leaf : enter((TypeDeclaration) step, next);
			}
			return result;
		}

		/** The layout at once (known or opaque), or null with a frame pushed for it. */
		private SizeAndAlignment enter(TypeDeclaration type, EObject use) throws LayoutException {
			SizeAndAlignment done = known.get(type);
			if (done != null) {
				return done;
			}
			if (!inProgress.add(type)) {
				throw new LayoutException("'" + type.getName() + "' contains itself by value", use);
			}
			if (type instanceof OpaqueType opaque) {
				inProgress.remove(type);
				return ofOpaque(opaque, abi);
			}
			if (!(type instanceof TypedefType) && !(type instanceof StructType)) {
				throw new LayoutException("unknown kind of type '" + type.getName() + "'", use);
			}
			stack.push(new Frame(type));
			return null;
		}

		/** A field's element or a typedef's type is laid out: add it to the frame. */
		private static void accept(Frame frame, SizeAndAlignment element) throws LayoutException {
			if (frame.type instanceof TypedefType) {
				frame.typedefLayout = element;
				return;
			}
			Field field = ((StructType) frame.type).getFields().get(frame.next - 1);
			long end = SizeAndAlignment.align(frame.offset, element.alignment()) + times(element.size(), field);
			if (end < frame.offset) {
				throw tooLarge(field);
			}
			frame.offset = end;
			frame.alignment = Math.max(frame.alignment, element.alignment());
		}

		private SizeAndAlignment leave(Frame frame) {
			stack.pop();
			inProgress.remove(frame.type);
			SizeAndAlignment layout = frame.type instanceof TypedefType ? frame.typedefLayout
					: new SizeAndAlignment(SizeAndAlignment.align(frame.offset, frame.alignment), frame.alignment);
			known.put(frame.type, layout);
			return layout;
		}
	}

	/** The field's element size times its array length; beyond any C object's size is a layout error, not a wrapped number. */
	private static long times(long elementSize, Field field) throws LayoutException {
		long count = field.getArrayLength() > 0 ? field.getArrayLength() : 1;
		if (elementSize > Long.MAX_VALUE / 4 / count) {
			throw tooLarge(field);
		}
		return elementSize * count;
	}

	private static LayoutException tooLarge(Field field) {
		return new LayoutException("'" + field.getName() + "' is larger than any C object can be", field);
	}

	private static SizeAndAlignment ofOpaque(OpaqueType opaque, Abi abi) {
		if (abi == Abi.X86) {
			long size = opaque.isSetSizeX86() ? opaque.getSizeX86() : opaque.getSize();
			int alignment = opaque.isSetAlignmentX86() ? opaque.getAlignmentX86() : opaque.getAlignment();
			return new SizeAndAlignment(size, Math.max(1, alignment));
		}
		return new SizeAndAlignment(opaque.getSize(), Math.max(1, opaque.getAlignment()));
	}
}
