package org.ddistudio.dsl.scoping;

import java.util.HashSet;
import java.util.Set;

import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;

/**
 * The element types that can only be declared at the top of a file (as declarations of the file's
 * model: interfaces, drivers, structs, typedefs, opaque types, systems), read from the metamodel:
 * no containment other than {@code DdiModel.declarations} can hold one. A name that refers to such
 * a type resolves the same from every element of a file (see {@link DdiImportedNamespaceScopeProvider}).
 */
public final class TopLevelTypes {

	private static final Set<EClass> ONLY_TOP_LEVEL = compute();

	private TopLevelTypes() {
	}

	/** Whether every instance of {@code type} (and of its subtypes) is a declaration of a file's model. */
	public static boolean only(EClass type) {
		return ONLY_TOP_LEVEL.contains(type);
	}

	private static Set<EClass> compute() {
		Set<EClass> classes = new HashSet<>();
		for (EClassifier classifier : DdiPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && isOnlyTopLevel(type)) {
				classes.add(type);
			}
		}
		return Set.copyOf(classes);
	}

	private static boolean isOnlyTopLevel(EClass type) {
		boolean declared = false;
		for (EClassifier classifier : DdiPackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EClass owner)) {
				continue;
			}
			for (EReference containment : owner.getEAllContainments()) {
				EClass held = containment.getEReferenceType();
				// a containment can hold an instance of the type if its type is the type, a supertype or a subtype
				boolean canHold = held.isSuperTypeOf(type) || type.isSuperTypeOf(held);
				if (!canHold) {
					continue;
				}
				if (containment != DdiPackage.Literals.DDI_MODEL__DECLARATIONS) {
					return false;
				}
				declared = true;
			}
		}
		return declared;
	}
}
