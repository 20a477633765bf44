/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.ddistudio.dsl.testing.DdiIdeInjector;
import org.ddistudio.model.layout.Guids;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Content assist through the editor-agnostic ide services, exactly as an editor or language server asks for it. */
class ContentAssistTest {

	private static final Injector INJECTOR = DdiIdeInjector.get();
	private static final ExecutorService POOL = Executors.newCachedThreadPool();

	private static final String LIBRARY = """
			package wdk
			interface BUS_INTERFACE_STANDARD {
			    guid {496B8280-6F25-11D0-BEAF-08002BE2092F}
			    version 1
			    NTSTATUS GetBusData(_In_ PVOID Context, _In_ ULONG DataType);
			}
			""";

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	/** The proposals at the position of the '|' in {@code text}, with {@code library} loaded beside it. */
	private static List<String> proposals(String textWithCursor) throws IOException {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.replace("|", "");
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		Resource library = set.createResource(URI.createURI("inmemory:/wdk.ddi"));
		library.load(new StringInputStream(LIBRARY), Map.of());
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("inmemory:/edited.ddi"));
		resource.load(new StringInputStream(text), Map.of());
		ContentAssistContextFactory factory = INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalProvider provider = INJECTOR.getInstance(IdeContentProposalProvider.class);
		List<String> result = new ArrayList<>();
		provider.createProposals(List.of(contexts), new IIdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				if (entry != null) {
					result.add(entry.getProposal());
				}
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return true;
			}
		});
		return result;
	}

	@Test
	void topLevelKeywords() throws IOException {
		List<String> proposals = proposals("package p\n|");
		assertTrue(proposals.containsAll(List.of("interface", "driver", "system", "struct", "typedef", "opaque", "import")), proposals.toString());
	}

	@Test
	void interfacesOfAnotherFileThroughTheImport() throws IOException {
		List<String> proposals = proposals("package pci\nimport wdk.*\ndriver Pci bus WDM {\n    produce |\n}\n");
		assertTrue(proposals.contains("BUS_INTERFACE_STANDARD"), proposals.toString());
	}

	@Test
	void salAnnotationsAndBaseTypesInAParameterList() throws IOException {
		List<String> proposals = proposals("interface I {\n    guid {11111111-2222-3333-4444-555555555555}\n    version 1\n    BOOLEAN Get(|\n}\n");
		assertTrue(proposals.containsAll(List.of("_In_", "_Out_", "_Inout_opt_", "PVOID", "ULONG")), proposals.toString());
	}

	@Test
	void calledRoutinesAreTheMembersOfTheConsumedInterface() throws IOException {
		List<String> proposals = proposals("package pci\nimport wdk.*\ndriver PciDrv function KMDF {\n    consume BUS_INTERFACE_STANDARD { calls | }\n}\n");
		assertTrue(proposals.contains("GetBusData"), proposals.toString());
		assertFalse(proposals.contains("BUS_INTERFACE_STANDARD"), proposals.toString());
	}

	@Test
	void aFreshGuidAfterTheGuidKeyword() throws IOException {
		List<String> first = proposals("interface I {\n    guid |\n}\n");
		String guid = first.stream().filter(p -> p.startsWith("{")).findFirst().orElseThrow(() -> new AssertionError(first.toString()));
		assertTrue(Guids.isWellFormed(guid), guid);
		String again = proposals("interface I {\n    guid |\n}\n").stream().filter(p -> p.startsWith("{")).findFirst().orElseThrow();
		assertFalse(guid.equals(again), "each proposal is a new GUID");
		// regression: Xtext's placeholder proposal of the feature name ("guid") is not offered
		assertFalse(first.contains("guid"), first.toString());
	}
}
