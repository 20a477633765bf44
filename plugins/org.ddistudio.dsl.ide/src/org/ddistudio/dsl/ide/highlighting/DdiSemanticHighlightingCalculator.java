/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.highlighting;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Interface;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens of the DDI language. Xtext's language server (2.29+) turns the style ids of this
 * calculator into LSP semantic tokens when an id is one of the LSP token types or modifiers, so the
 * ids here ARE LSP names: an editor colours .ddi files without a TextMate grammar of its own.
 * <p>
 * Two passes: the lexical one (keywords, enum literals, numbers, GUIDs, strings) over the leaf nodes,
 * then names and cross-references, typed by what they declare or refer to (interface, struct,
 * routine, driver ...).
 */
public class DdiSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	/** A keyword worth a token: words like "interface" or "two-way", not punctuation. */
	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	/** Enum rules whose literals are not plain keywords of the language. */
	private static final Map<String, String> ENUM_TOKEN = Map.of(
			"SalKind", SemanticTokenTypes.Macro, // _In_, _Out_ ... are SAL macros in C
			"BaseType", SemanticTokenTypes.Type, // BOOLEAN, PVOID ... the WDK's types
			"NtStatus", SemanticTokenTypes.EnumMember);

	private static final Map<String, String> TERMINAL_TOKEN = Map.of(
			"NUMBER", SemanticTokenTypes.Number,
			"GUID_LITERAL", SemanticTokenTypes.Number,
			"STRING", SemanticTokenTypes.String);

	@Override
	protected void doProvideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		IParseResult parseResult = resource.getParseResult();
		if (parseResult == null) {
			return;
		}
		for (ILeafNode leaf : parseResult.getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				String[] ids = lexical(leaf);
				if (ids != null) {
					acceptor.addPosition(leaf.getOffset(), leaf.getLength(), ids);
				}
			}
		}
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, true)) {
			if (cancel.isCanceled()) {
				return;
			}
			declaration(object, acceptor);
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					references(object, reference, acceptor);
				}
			}
		}
	}

	private static String[] lexical(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof EnumLiteralDeclaration || element instanceof Keyword && element.eContainer() instanceof EnumLiteralDeclaration) {
			AbstractRule rule = GrammarUtil.containingRule(element);
			String type = rule == null ? null : ENUM_TOKEN.get(rule.getName());
			if (SemanticTokenTypes.Type.equals(type)) {
				return new String[] { type, SemanticTokenModifiers.DefaultLibrary };
			}
			return new String[] { type != null ? type : SemanticTokenTypes.Keyword };
		}
		if (element instanceof Keyword keyword) {
			return WORD.matcher(keyword.getValue()).matches() ? new String[] { SemanticTokenTypes.Keyword } : null;
		}
		if (element instanceof RuleCall call && call.getRule() != null) {
			String type = TERMINAL_TOKEN.get(call.getRule().getName());
			return type == null ? null : new String[] { type };
		}
		return null;
	}

	/** The name of a declaration, an interface member, a parameter, a device ... */
	private static void declaration(EObject object, IHighlightedPositionAcceptor acceptor) {
		String type = tokenType(object.eClass());
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (type == null || name == null) {
			return;
		}
		boolean deprecated = object instanceof Interface iface && iface.isDeprecated();
		for (INode node : NodeModelUtils.findNodesForFeature(object, name)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), deprecated
					? new String[] { type, SemanticTokenModifiers.Declaration, SemanticTokenModifiers.Deprecated }
					: new String[] { type, SemanticTokenModifiers.Declaration });
		}
	}

	/**
	 * Each written reference, typed by its resolved target (e.g. "calls" lists routines or fields). An
	 * unresolved reference gets no token: it is an error, and colouring it like a real name would hide that.
	 */
	private static void references(EObject object, EReference reference, IHighlightedPositionAcceptor acceptor) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
		if (nodes.isEmpty()) {
			return;
		}
		List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference, true) : List.of();
		for (int i = 0; i < nodes.size(); i++) {
			Object target = reference.isMany() ? (i < targets.size() ? targets.get(i) : null) : object.eGet(reference, true);
			if (!(target instanceof EObject resolved) || resolved.eIsProxy()) {
				continue;
			}
			String type = tokenType(resolved.eClass());
			if (type != null) {
				INode node = nodes.get(i);
				// naming a deprecated version is what the reader should notice, wherever it is named
				boolean deprecated = resolved instanceof Interface iface && iface.isDeprecated();
				acceptor.addPosition(node.getOffset(), node.getLength(),
						deprecated ? new String[] { type, SemanticTokenModifiers.Deprecated } : new String[] { type });
			}
		}
	}

	private static String tokenType(EClass eClass) {
		DdiPackage p = DdiPackage.eINSTANCE;
		if (p.getInterface().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Interface;
		}
		if (p.getStructType().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Struct;
		}
		if (p.getTypeDeclaration().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Type;
		}
		if (p.getRoutine().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Function;
		}
		if (p.getMember().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Property;
		}
		if (p.getParameter().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Parameter;
		}
		if (p.getDriver().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Class;
		}
		if (p.getDevice().isSuperTypeOf(eClass) || p.getRemoteTargetDecl().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Variable;
		}
		if (p.getSystemLayout().isSuperTypeOf(eClass) || p.getDdiModel().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Namespace;
		}
		if (p.getScenario().isSuperTypeOf(eClass)) {
			return SemanticTokenTypes.Event;
		}
		return null;
	}
}
