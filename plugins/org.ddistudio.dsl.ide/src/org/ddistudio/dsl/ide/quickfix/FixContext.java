/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What a fix method looks at: the parsed resource of exactly the text the diagnostic was reported
 * on, the diagnostic's range in it, and the model element there.
 *
 * @param element the innermost element containing the diagnostic's start
 */
record FixContext(XtextResource resource, String text, int offset, int length, EObject element) {

	static FixContext of(XtextResource resource, String text, int offset, int length) {
		EObject element = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
		return element == null ? null : new FixContext(resource, text, offset, length, element);
	}

	/** The element at the diagnostic or its nearest container of that type, or null. */
	<T> T find(Class<T> type) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}
}
