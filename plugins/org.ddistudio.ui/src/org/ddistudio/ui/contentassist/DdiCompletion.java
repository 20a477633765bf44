/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Computes content-assist entries with the editor-agnostic Xtext services, as the language server's
 * ContentAssistService does: contexts from the ANTLR content-assist parser, proposals from the
 * proposal provider, sorted by priority by the acceptor.
 */
public class DdiCompletion {

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private ExecutorService executor;

	/** Entries, best first, for the caret at {@code offset} in {@code text}, which {@code resource} was parsed from. */
	public List<ContentAssistEntry> entries(XtextResource resource, String text, int offset, CancelIndicator cancel) {
		ContentAssistContextFactory factory = contextFactories.get(); // stateful: one per request
		factory.setPool(executor);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		acceptor.setCancelIndicator(cancel);
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		return withoutAliases(acceptor.getEntries());
	}

	/**
	 * One entry per referenced element: the scope offers an element in the same package both by its
	 * simple and by its qualified name; the shorter one is what a developer writes.
	 */
	static List<ContentAssistEntry> withoutAliases(Iterable<ContentAssistEntry> entries) {
		Map<URI, ContentAssistEntry> shortest = new HashMap<>();
		for (ContentAssistEntry entry : entries) {
			if (entry.getSource() instanceof IEObjectDescription target) {
				shortest.merge(target.getEObjectURI(), entry,
						(a, b) -> b.getProposal().length() < a.getProposal().length() ? b : a);
			}
		}
		List<ContentAssistEntry> result = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			if (!(entry.getSource() instanceof IEObjectDescription target) || shortest.get(target.getEObjectURI()) == entry) {
				result.add(entry);
			}
		}
		return result;
	}
}
