/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.core;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where an element is written: computed once, while the run's model is loaded, so that the views and
 * the console never walk a node model on the UI thread.
 *
 * @param file   the workspace file
 * @param line   1-based line of the element's first character
 * @param offset character offset of the element
 * @param length length of the element's text
 */
public record ElementLocation(IFile file, int line, int offset, int length) {

	/** The location of an element of a workspace resource, or null (no node model, not in the workspace). */
	public static ElementLocation of(EObject element) {
		if (element == null || element.eResource() == null) {
			return null;
		}
		Resource resource = element.eResource();
		URI uri = resource.getURI();
		if (!uri.isPlatformResource()) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
		return new ElementLocation(file, node.getStartLine(), node.getOffset(), node.getLength());
	}

	/** "/project/file.ddi:12": what the console prints and its hyperlinks recognise. */
	public String display() {
		return file.getFullPath() + ":" + line;
	}
}
