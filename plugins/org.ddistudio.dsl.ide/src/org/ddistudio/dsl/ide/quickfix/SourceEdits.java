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

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Text changes located through the node model, so that a fix edits exactly the tokens the parser
 * saw and keeps the user's layout (comments, blank lines, one-line blocks) around them.
 */
final class SourceEdits {

	/** One indentation level, as the DDI formatter writes it. */
	static final String INDENT = "    ";

	private SourceEdits() {
	}

	static ICompositeNode node(EObject element) {
		return NodeModelUtils.findActualNodeFor(element);
	}

	/** The first node of a feature's value, or null when the feature is not written. */
	static INode featureNode(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** The first (or last) keyword leaf with that spelling in the element's own text, or null. */
	static ILeafNode keyword(EObject element, String keyword, boolean last) {
		ICompositeNode node = node(element);
		ILeafNode found = null;
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)) {
				found = leaf;
				if (!last) {
					return found;
				}
			}
		}
		return found;
	}

	/** The next leaf after {@code node} that is not whitespace or a comment, or null. */
	static ILeafNode nextToken(INode node) {
		ICompositeNode root = node.getRootNode();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getOffset() >= node.getEndOffset() && !leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}

	static Replacement replace(INode node, String text) {
		return new Replacement(node.getOffset(), node.getLength(), text);
	}

	/** Deletes [start, end) together with the whitespace before it, so that no blank line or double space remains. */
	static Replacement removeWithLeadingSpace(String text, int start, int end) {
		int from = start;
		while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		return new Replacement(from, end - from, "");
	}

	/** The leading whitespace of the line that holds {@code offset}. */
	static String indentOf(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int i = lineStart;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(lineStart, i);
	}

	/**
	 * Adds clauses to the element's {@code { ... }} block: on lines of their own above the closing
	 * brace if the block spans lines, inline before the brace if it is a one-line block, and in a new
	 * block after the element if it has none ({@code produce X on fdo} becomes {@code produce X on fdo { ... }}).
	 */
	static Replacement addClauses(String text, EObject owner, List<String> clauses) {
		ILeafNode close = keyword(owner, "}", true);
		if (close == null) {
			return new Replacement(node(owner).getEndOffset(), 0, " { " + String.join(" ", clauses) + " }");
		}
		int lineStart = text.lastIndexOf('\n', close.getOffset() - 1) + 1;
		String before = text.substring(lineStart, close.getOffset());
		if (before.isBlank()) {
			StringBuilder lines = new StringBuilder();
			for (String clause : clauses) {
				lines.append(before).append(INDENT).append(clause).append('\n');
			}
			return new Replacement(lineStart, 0, lines.toString());
		}
		boolean spaced = Character.isWhitespace(text.charAt(close.getOffset() - 1));
		return new Replacement(close.getOffset(), 0, (spaced ? "" : " ") + String.join(" ", clauses) + " ");
	}

	/** Appends a declaration at the end of the file, separated by a blank line. */
	static Replacement appendDeclaration(String text, String declaration) {
		String separator = text.isEmpty() ? "" : text.endsWith("\n") ? "\n" : "\n\n";
		return new Replacement(text.length(), 0, separator + declaration + "\n");
	}
}
