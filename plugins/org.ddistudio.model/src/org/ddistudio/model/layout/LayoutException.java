package org.ddistudio.model.layout;

import org.eclipse.emf.ecore.EObject;

/**
 * Thrown when a layout cannot be computed: an unresolved or unknown type, VOID used by value, a
 * struct that contains itself, or a typedef cycle. Carries the model element at fault so that a
 * validator can put its diagnostic there.
 */
public class LayoutException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient EObject element;

	public LayoutException(String message, EObject element) {
		super(message);
		this.element = element;
	}

	/** The element whose type could not be laid out. */
	public EObject element() {
		return element;
	}
}
