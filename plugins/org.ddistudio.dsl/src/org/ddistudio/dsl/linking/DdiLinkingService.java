/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.linking;

import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.resource.FrozenSources;
import org.ddistudio.dsl.scoping.DdiScopeProvider;
import org.ddistudio.dsl.scoping.ScopeAnchors;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Xtext's linking, which in a set of files that do not change ({@link FrozenSources}: the command
 * line) looks each name up once per scope anchor ({@link ScopeAnchors}): a system with hundreds of
 * devices names the same few drivers in every stack and its own devices in every binding and
 * scenario, and each lookup walks the scopes, the file's imports and the index. The answer is the
 * same from every element inside the anchor, and the files cannot change, so it is remembered by
 * the text written.
 * Everywhere else (editors, the IDE builder) every reference is looked up as Xtext does.
 */
public class DdiLinkingService extends DefaultLinkingService {

	@Override
	public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
		EClass type = ref.getEReferenceType();
		Resource resource = context.eResource();
		FrozenSources frozen = resource == null || type == null || DdiScopeProvider.DOMAIN_SCOPED.contains(ref) ? null
				: FrozenSources.of(resource.getResourceSet());
		EObject anchor = frozen == null ? null : ScopeAnchors.anchor(context, type);
		String text = anchor == null ? null : getCrossRefNodeAsString(node);
		if (text == null) {
			return super.getLinkedObjects(context, ref, node);
		}
		Map<String, List<EObject>> names = frozen.linkedNames(anchor, type);
		List<EObject> known = names.get(text);
		if (known == null) {
			known = List.copyOf(super.getLinkedObjects(context, ref, node));
			names.put(text, known);
		}
		return known;
	}
}
