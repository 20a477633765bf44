/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.navigation;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/** Finds the declaration a reference at an offset points to, with the Xtext runtime's own helpers. */
public class DeclarationLocator {

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private ILocationInFileProvider locations;

	/** The link for the reference at {@code offset}, or {@code null} if there is none or it is unresolved. */
	public DeclarationLink linkAt(XtextResource resource, int offset) {
		INode reference = elementAtOffset.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference == null) {
			return null;
		}
		EObject target = elementAtOffset.getCrossReferencedElement(reference);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return null;
		}
		URI uri = EcoreUtil.getURI(target).trimFragment();
		if (!uri.isPlatformResource()) {
			return null;
		}
		ITextRegion name = locations.getSignificantTextRegion(target);
		String label = SimpleAttributeResolver.NAME_RESOLVER.apply(target);
		return new DeclarationLink(new Region(reference.getOffset(), reference.getLength()), label == null ? "?" : label,
				ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true))),
				name.getOffset(), name.getLength());
	}
}
