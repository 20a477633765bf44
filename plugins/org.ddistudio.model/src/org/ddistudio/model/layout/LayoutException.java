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
