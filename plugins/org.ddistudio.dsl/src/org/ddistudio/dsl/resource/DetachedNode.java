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

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.BidiTreeIterable;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.ITextRegionWithLineInformation;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.util.TextRegionWithLineInformation;

/**
 * What is kept of the node a lazy cross-reference was written in, once the file's node model is
 * detached ({@link DdiResource#detachSourceModel}): Xtext's linker, its linking diagnostics and our
 * messages read the same text, place and grammar element from it as from the real node. It stands alone: no parent, no siblings, one leaf (itself). Its root
 * is the text-only root of the file ({@link DetachedSource#textRoot()}), so that Xtext computes lines
 * and columns with its own code, exactly as for the real node.
 * <p>
 * The token text is the real node's {@link NodeModelUtils#getTokenText} (the written name without
 * hidden tokens), which is what the linker converts; the node answers it, and its lines and columns,
 * through {@link #utils()}.
 * Everything that would walk a tree throws: nothing of the detached mode needs it.
 */
final class DetachedNode implements ILeafNode, NodeModelUtils.Implementation {

	private final ICompositeNode root;
	private final int offset;
	private final int length;
	private final EObject grammarElement;
	private final EObject semanticElement;
	private final String tokenText;

	/** The node of a cross-reference, with the text the linker reads from it ({@code tokenText}, shared per file). */
	DetachedNode(ICompositeNode root, INode node, String tokenText) {
		this(root, node.getOffset(), node.getLength(), node.getGrammarElement(), node.getSemanticElement(), tokenText);
	}

	/** A node of a cross-reference from what was recorded of it ({@link DetachedReferences}). */
	DetachedNode(ICompositeNode root, int offset, int length, EObject grammarElement, EObject semanticElement, String tokenText) {
		this.root = root;
		this.offset = offset;
		this.length = length;
		this.grammarElement = grammarElement;
		this.semanticElement = semanticElement;
		this.tokenText = tokenText;
	}

	@Override
	public NodeModelUtils.Implementation utils() {
		return this;
	}

	@Override
	public String getTokenText(INode node) {
		if (node == this) {
			return tokenText;
		}
		return NodeModelUtils.Implementation.super.getTokenText(node);
	}

	/** Lines and columns from the file's text root (Xtext answers 1:1 for a node without a parent). */
	@Override
	public LineAndColumn getLineAndColumn(INode anyNode, int documentOffset) {
		if (anyNode == this) {
			return NodeModelUtils.getLineAndColumn(root, documentOffset);
		}
		return NodeModelUtils.Implementation.super.getLineAndColumn(anyNode, documentOffset);
	}

	@Override
	public ICompositeNode getRootNode() {
		return root;
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getTotalOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public int getTotalLength() {
		return length;
	}

	@Override
	public int getEndOffset() {
		return offset + length;
	}

	@Override
	public int getTotalEndOffset() {
		return offset + length;
	}

	@Override
	public int getStartLine() {
		return lineOf(offset);
	}

	@Override
	public int getTotalStartLine() {
		return lineOf(offset);
	}

	@Override
	public int getEndLine() {
		return lineOf(offset + length);
	}

	@Override
	public int getTotalEndLine() {
		return lineOf(offset + length);
	}

	private int lineOf(int at) {
		return NodeModelUtils.getLineAndColumn(root, at).getLine();
	}

	@Override
	public String getText() {
		return root.getText().substring(offset, offset + length);
	}

	@Override
	public EObject getGrammarElement() {
		return grammarElement;
	}

	@Override
	public EObject getSemanticElement() {
		return semanticElement;
	}

	@Override
	public boolean hasDirectSemanticElement() {
		return false; // a leaf's element is its parent's
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage() {
		return null; // syntax errors are kept as DetachedSyntaxDiagnostic
	}

	@Override
	public boolean isHidden() {
		return false;
	}

	@Override
	public ITextRegion getTextRegion() {
		return new TextRegion(offset, length);
	}

	@Override
	public ITextRegion getTotalTextRegion() {
		return getTextRegion();
	}

	@Override
	public ITextRegionWithLineInformation getTextRegionWithLineInformation() {
		return new TextRegionWithLineInformation(offset, length, getStartLine(), getEndLine());
	}

	@Override
	public ITextRegionWithLineInformation getTotalTextRegionWithLineInformation() {
		return getTextRegionWithLineInformation();
	}

	@Override
	public Iterable<ILeafNode> getLeafNodes() {
		return List.of(this);
	}

	@Override
	public ICompositeNode getParent() {
		return null;
	}

	@Override
	public boolean hasSiblings() {
		return false;
	}

	@Override
	public boolean hasPreviousSibling() {
		return false;
	}

	@Override
	public boolean hasNextSibling() {
		return false;
	}

	@Override
	public INode getPreviousSibling() {
		return null;
	}

	@Override
	public INode getNextSibling() {
		return null;
	}

	@Override
	public BidiTreeIterable<INode> getAsTreeIterable() {
		throw new UnsupportedOperationException("a detached node has no tree (the file's node model was detached after parsing)");
	}

	@Override
	public String toString() {
		return "DetachedNode[" + offset + "+" + length + " '" + tokenText + "']";
	}
}
