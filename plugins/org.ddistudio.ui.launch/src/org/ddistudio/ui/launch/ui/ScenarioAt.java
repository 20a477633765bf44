/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiDocuments;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** The scenario a position of a .ddi text is inside: what Run As launches from a caret in the editor. */
public final class ScenarioAt {

	private ScenarioAt() {
	}

	/**
	 * The name of the scenario block around the offset, or null when it is outside every scenario.
	 * Uses the editor's parse when it is current; otherwise parses this one text (no linking: only the
	 * blocks' extents and names matter), which is quick enough for the UI thread a shortcut runs on.
	 */
	public static String in(IDocument document, int offset) {
		String text = document.get();
		return DdiDocuments.of(document).tryRead(text, resource -> in(resource, offset)).orElseGet(() -> in(parse(text), offset));
	}

	/** The name of the scenario of the parsed resource whose text contains the offset, or null. */
	public static String in(XtextResource resource, int offset) {
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DdiModel model)) {
			return null;
		}
		for (Declaration declaration : model.getDeclarations()) {
			if (declaration instanceof SystemLayout system) {
				for (Scenario scenario : system.getScenarios()) {
					ICompositeNode node = NodeModelUtils.findActualNodeFor(scenario);
					if (node != null && offset >= node.getOffset() && offset <= node.getEndOffset()) {
						return scenario.getName();
					}
				}
			}
		}
		return null;
	}

	private static XtextResource parse(String text) {
		Injector injector = DdiUiPlugin.injector();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(URI.createURI("inmemory:/scenario-at.ddi"));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			return null; // an in-memory stream does not fail; without a parse there is no scenario to run
		}
		return resource;
	}
}
