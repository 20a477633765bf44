/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.validation;

import org.ddistudio.dsl.resource.DetachedSource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

/**
 * Xtext's placement of validation findings (at the nodes of the feature a rule names), also for files
 * whose node model was detached after parsing: the finding is placed at the same element of a fresh
 * parse of the same text ({@link DetachedSource#inCopy}), whose nodes are those the element had. So a
 * finding's place does not depend on whether the file kept its node model (the editor) or not (the
 * command line).
 */
public class DdiDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected IssueLocation getLocationData(EObject obj, EStructuralFeature structuralFeature, int index) {
		Resource resource = obj.eResource();
		DetachedSource detached = resource == null ? null : DetachedSource.of(resource);
		EObject copy = detached == null ? null : detached.inCopy(obj);
		return super.getLocationData(copy != null ? copy : obj, structuralFeature, index);
	}
}
