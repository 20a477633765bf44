package org.ddistudio.model.layout;

import java.util.HashSet;
import java.util.Set;

import org.ddistudio.model.Field;
import org.ddistudio.model.OpaqueType;
import org.ddistudio.model.StructType;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.TypedefType;

/** Computes size and alignment of type references and declared types on one ABI. */
public final class TypeLayouts {

	private TypeLayouts() {
	}

	/** Layout of a use of a type; any pointer level makes it a pointer. */
	public static SizeAndAlignment of(TypeRef ref, Abi abi) throws LayoutException {
		return of(ref, abi, new HashSet<>(), ref);
	}

	/** Layout of a field: its type times its array length. */
	public static SizeAndAlignment ofField(Field field, Abi abi) throws LayoutException {
		SizeAndAlignment element = of(field.getType(), abi, new HashSet<>(), field);
		long count = field.getArrayLength() > 0 ? field.getArrayLength() : 1;
		return new SizeAndAlignment(element.size() * count, element.alignment());
	}

	/** {@code owner} is the element that has the type (field, typedef): where a missing type is reported. */
	private static SizeAndAlignment of(TypeRef ref, Abi abi, Set<TypeDeclaration> inProgress,
			org.eclipse.emf.ecore.EObject owner) throws LayoutException {
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
		return ofDeclaration(declared, abi, inProgress, ref);
	}

	/** Layout of a declared type. */
	public static SizeAndAlignment ofDeclaration(TypeDeclaration type, Abi abi) throws LayoutException {
		return ofDeclaration(type, abi, new HashSet<>(), type);
	}

	private static SizeAndAlignment ofDeclaration(TypeDeclaration type, Abi abi, Set<TypeDeclaration> inProgress,
			org.eclipse.emf.ecore.EObject use) throws LayoutException {
		if (!inProgress.add(type)) {
			throw new LayoutException("'" + type.getName() + "' contains itself by value", use);
		}
		try {
			if (type instanceof OpaqueType opaque) {
				return ofOpaque(opaque, abi);
			}
			if (type instanceof TypedefType typedef) {
				return of(typedef.getType(), abi, inProgress, typedef);
			}
			if (type instanceof StructType struct) {
				long offset = 0;
				int alignment = 1;
				for (Field field : struct.getFields()) {
					SizeAndAlignment element = of(field.getType(), abi, inProgress, field);
					long count = field.getArrayLength() > 0 ? field.getArrayLength() : 1;
					offset = SizeAndAlignment.align(offset, element.alignment()) + element.size() * count;
					alignment = Math.max(alignment, element.alignment());
				}
				return new SizeAndAlignment(SizeAndAlignment.align(offset, alignment), alignment);
			}
			throw new LayoutException("unknown kind of type '" + type.getName() + "'", use);
		} finally {
			inProgress.remove(type);
		}
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
