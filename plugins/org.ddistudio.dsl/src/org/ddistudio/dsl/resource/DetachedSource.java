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

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParser;

/**
 * What a file keeps of its source once its node model is detached ({@link DdiResource#detachSourceModel}):
 * its text (the same string the caller holds, not a copy), where each element is written
 * ({@link SourceSpans}), and the way back to nodes when a report needs one.
 * <p>
 * Why a report can still be placed exactly: a validation rule names an element and a feature, and
 * Xtext places the finding at the nodes of that feature. The nodes are gone, but the text is not, and
 * parsing the same text again gives the same tree: {@link #inCopy(EObject)} parses the file once more
 * (only when a finding of this file is placed, and only once until {@link #forgetCopy()}) and answers
 * the element at the same containment path, whose nodes are those the original had. A file without
 * findings is never parsed again.
 */
public final class DetachedSource {

	private final ICompositeNode textRoot;
	private final SourceSpans spans;
	private final IParser parser;
	/** The root element of a fresh parse of the text, while a finding of this file is being placed. */
	private EObject copyRoot;

	DetachedSource(String text, SourceSpans spans, IParser parser) {
		this.textRoot = new NodeModelBuilder().newRootNode(text);
		this.spans = spans;
		this.parser = parser;
	}

	/** The detached source of the resource, or null if it keeps its node model (or is not a DDI resource). */
	public static DetachedSource of(Resource resource) {
		return resource instanceof DdiResource ddi ? ddi.detachedSource() : null;
	}

	/** The file's text, as parsed. */
	public String text() {
		return textRoot.getText();
	}

	/**
	 * A root node without children that holds the file's text: Xtext computes lines and columns of a
	 * detached node from it ({@link NodeModelUtils#getLineAndColumn}) exactly as from the real root.
	 */
	ICompositeNode textRoot() {
		return textRoot;
	}

	/** Where each element is written: the span of its node as recorded when the node model was detached. */
	public SourceSpans spans() {
		return spans;
	}

	/** The 1-based line of an offset in the text, as Xtext counts lines. */
	public int line(int offset) {
		return NodeModelUtils.getLineAndColumn(textRoot, offset).getLine();
	}

	/**
	 * The element at the same place as {@code element} in a fresh parse of the text, with its nodes
	 * (not linked, not in any resource); null if the element is not in this file's tree. The parse is
	 * kept until {@link #forgetCopy()}.
	 */
	public synchronized EObject inCopy(EObject element) {
		Deque<int[]> path = new ArrayDeque<>();
		EObject current = element;
		while (current.eContainer() != null) {
			EStructuralFeature feature = current.eContainingFeature();
			int index = feature.isMany() ? ((List<?>) current.eContainer().eGet(feature, false)).indexOf(current) : -1;
			path.push(new int[] { current.eContainer().eClass().getFeatureID(feature), index });
			current = current.eContainer();
		}
		Resource resource = current.eResource();
		if (resource == null || resource.getContents().isEmpty() || resource.getContents().get(0) != current) {
			return null;
		}
		if (copyRoot == null) {
			copyRoot = parser.parse(new StringReader(text())).getRootASTElement();
		}
		EObject copy = copyRoot;
		for (int[] step : path) {
			if (copy == null) {
				return null;
			}
			EStructuralFeature feature = copy.eClass().getEStructuralFeature(step[0]);
			Object value = copy.eGet(feature, false);
			copy = step[1] < 0 ? (EObject) value : step[1] < ((List<?>) value).size() ? (EObject) ((List<?>) value).get(step[1]) : null;
		}
		return copy;
	}

	/** Lets the fresh parse of {@link #inCopy(EObject)} go (the file's findings are placed). */
	public synchronized void forgetCopy() {
		copyRoot = null;
	}
}
