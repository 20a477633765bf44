/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The few things validation rules ask of how an element is written, answered the same whether its
 * file keeps its node model (the editor) or detached it after parsing (the command line).
 */
public final class SourceNodes {

	private SourceNodes() {
	}

	/**
	 * The 1-based line on which the element's text starts (its node's start line; for a detached file,
	 * the line of its recorded span), or 0 if it is not written anywhere (built in code, or not in a file).
	 */
	public static int startLine(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node != null) {
			return node.getStartLine();
		}
		DetachedSource detached = detachedSourceOf(element);
		int offset = detached == null ? -1 : detached.spans().offset(element);
		return offset < 0 ? 0 : detached.line(offset);
	}

	/**
	 * Whether the source writes the feature of the element at all (a value that failed to convert is
	 * written too, though the feature is not set). For a detached file the nodes are those of a fresh
	 * parse ({@link DetachedSource#inCopy}): ask only when the model cannot tell (the value is the default).
	 */
	public static boolean isWritten(EObject element, EStructuralFeature feature) {
		EObject withNodes = element;
		if (NodeModelUtils.getNode(element) == null) {
			DetachedSource detached = detachedSourceOf(element);
			EObject copy = detached == null ? null : detached.inCopy(element);
			if (copy == null) {
				return element.eIsSet(feature);
			}
			withNodes = copy;
		}
		return !NodeModelUtils.findNodesForFeature(withNodes, feature).isEmpty();
	}

	private static DetachedSource detachedSourceOf(EObject element) {
		return element.eResource() == null ? null : DetachedSource.of(element.eResource());
	}
}
