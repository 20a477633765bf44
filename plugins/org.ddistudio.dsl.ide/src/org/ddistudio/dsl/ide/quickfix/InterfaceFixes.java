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

import static org.ddistudio.dsl.ide.quickfix.SourceEdits.INDENT;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.featureNode;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.indentOf;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.keyword;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.replace;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.dsl.ide.contentassist.DdiContentProposalProvider;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Routine;
import org.ddistudio.model.TypeRef;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Fixes of names, references and interfaces (DDI0xx, DDI1xx): declarations, GUIDs, versions,
 * routine signatures. Each fix says which WDK consequence it removes.
 */
final class InterfaceFixes {

	private InterfaceFixes() {
	}

	/**
	 * DDI002 on a reference to an interface: declare it. A skeleton with a fresh GUID and version 1,
	 * since consumers find an interface only by GUID and the producer writes the version into INTERFACE.Version.
	 */
	static void declareInterface(FixContext c, Offers acceptor) {
		String name = missingName(c, DdiPackage.Literals.INTERFACE);
		if (name != null) {
			acceptor.offer("Declare interface '" + name + "' in this file (new GUID, version 1)",
					List.of(SourceEdits.appendDeclaration(c.text(), "interface " + name + " {\n" + INDENT + "guid "
							+ DdiContentProposalProvider.freshGuid() + "\n" + INDENT + "version 1\n}")));
		}
	}

	/**
	 * DDI003: declare the type as opaque, pointer-sized and -aligned: a placeholder that lays out on both
	 * ABIs so that the interface's offsets can be computed until the real struct is written.
	 */
	static void declareOpaqueType(FixContext c, Offers acceptor) {
		String name = c.find(TypeRef.class) == null ? null : missingName(c, DdiPackage.Literals.TYPE_DECLARATION);
		if (name != null) {
			acceptor.offer("Declare '" + name + "' as 'opaque " + name + " size 8 align 8' (a placeholder to refine)",
					List.of(SourceEdits.appendDeclaration(c.text(), "opaque " + name + " size 8 align 8")));
		}
	}

	/** DDI100: a GUID that is not in registry form cannot be put in a DEFINE_GUID; replace it. */
	static void replaceMalformedGuid(FixContext c, Offers acceptor) {
		Interface iface = c.find(Interface.class);
		if (iface != null) {
			acceptor.offer("Replace with a newly generated GUID", newGuid(c, iface));
		}
	}

	/** DDI101: two interfaces with one GUID and version: a consumer cannot tell which it gets. */
	static void replaceDuplicateGuid(FixContext c, Offers acceptor) {
		Interface iface = c.find(Interface.class);
		if (iface != null) {
			acceptor.offer("Give '" + iface.getName() + "' a newly generated GUID", newGuid(c, iface));
		}
	}

	/**
	 * DDI102: a version whose layout is incompatible with an older one of its GUID would be read with
	 * the old layout by old consumers; as a new interface (new GUID) it is only found by those that ask
	 * for it. Without a base to stay above, its versions start again at 1.
	 */
	static void newInterfaceForChangedLayout(FixContext c, Offers acceptor) {
		Interface iface = c.find(Interface.class);
		if (iface == null) {
			return;
		}
		List<Replacement> edits = newGuid(c, iface);
		INode version = featureNode(iface, DdiPackage.Literals.INTERFACE__VERSION);
		boolean restart = iface.getBase() == null && version != null && iface.getVersion() != 1;
		if (edits != null && restart) {
			edits.add(replace(version, "1"));
		}
		acceptor.offer("Make '" + iface.getName() + "' a new interface: new GUID" + (restart ? ", version 1" : ""), edits);
	}

	/** DDI110: the producer finds its instance through INTERFACE.Context, which every routine gets first. */
	static void addContextParameter(FixContext c, Offers acceptor) {
		Routine routine = c.find(Routine.class);
		if (routine == null) {
			return;
		}
		List<Parameter> parameters = routine.getParameters();
		String context = "_In_ PVOID Context";
		if (!parameters.isEmpty() && "Context".equals(parameters.get(0).getName())) {
			acceptor.offer("Make the first parameter '" + context + "'", List.of(replace(SourceEdits.node(parameters.get(0)), context)));
			return;
		}
		String name = parameters.stream().anyMatch(p -> "Context".equals(p.getName())) ? "InterfaceContext" : "Context";
		ILeafNode open = keyword(routine, "(", false);
		if (open != null) {
			acceptor.offer("Insert '_In_ PVOID " + name + "' as the first parameter",
					List.of(new Replacement(open.getEndOffset(), 0, "_In_ PVOID " + name + (parameters.isEmpty() ? "" : ", "))));
		}
	}

	/** A fresh GUID in place of the interface's own, or written into it if it only inherits one. */
	private static List<Replacement> newGuid(FixContext c, Interface iface) {
		String guid = DdiContentProposalProvider.freshGuid();
		List<Replacement> edits = new ArrayList<>();
		INode node = featureNode(iface, DdiPackage.Literals.INTERFACE__GUID);
		if (node != null) {
			edits.add(replace(node, guid));
			return edits;
		}
		ILeafNode open = keyword(iface, "{", false);
		if (open == null) {
			return null;
		}
		edits.add(new Replacement(open.getEndOffset(), 0, "\n" + indentOf(c.text(), open.getOffset()) + INDENT + "guid " + guid));
		return edits;
	}

	/**
	 * The simple name of the unresolved cross-reference at the diagnostic, if it refers to elements of
	 * {@code type} and a declaration appended to this file would be found under it; else null.
	 */
	private static String missingName(FixContext c, EClass type) {
		INode node = NodeModelUtils.findLeafNodeAtOffset(c.resource().getParseResult().getRootNode(), c.offset());
		while (node != null && !(node.getGrammarElement() instanceof CrossReference)) {
			node = node.getParent();
		}
		if (node == null) {
			return null;
		}
		EReference reference = GrammarUtil.getReference((CrossReference) node.getGrammarElement());
		if (reference == null || !reference.getEReferenceType().isSuperTypeOf(type) && reference.getEReferenceType() != type) {
			return null;
		}
		String name = NodeModelUtils.getTokenText(node);
		int dot = name.lastIndexOf('.');
		if (dot >= 0) {
			DdiModel model = (DdiModel) c.resource().getContents().get(0);
			if (!name.substring(0, dot).equals(model.getName())) {
				return null; // another package: declaring it here would not resolve the reference
			}
			name = name.substring(dot + 1);
		}
		return name.matches("[A-Za-z_][A-Za-z_0-9]*") ? name : null;
	}
}
