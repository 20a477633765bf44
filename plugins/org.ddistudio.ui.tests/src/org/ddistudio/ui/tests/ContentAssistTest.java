/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.ddistudio.model.layout.Guids;
import org.ddistudio.ui.contentassist.DdiContentAssistProcessor;
import org.ddistudio.ui.contentassist.EntryProposal;
import org.ddistudio.ui.testing.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content assist in the open editor, through the processor the Generic Editor calls. */
class ContentAssistTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("assist-test", "widget.ddi", Fixtures.WIDGET, "function.ddi", Fixtures.FUNCTION, "draft.ddi", Fixtures.DRAFT);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static List<EntryProposal> proposals(ITextEditor editor, int offset) {
		ICompletionProposal[] proposals = new DdiContentAssistProcessor().computeCompletionProposals(Ui.viewer(editor), offset);
		return Arrays.stream(proposals).map(EntryProposal.class::cast).toList();
	}

	private static List<String> texts(List<EntryProposal> proposals) {
		return proposals.stream().map(EntryProposal::proposal).toList();
	}

	@Test
	void proposesAnInterfaceDeclaredInAnotherFile() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("function.ddi"));
		IDocument document = Ui.document(editor);
		int offset = document.get().indexOf("consume WIDGET") + "consume WID".length();
		List<String> proposals = texts(proposals(editor, offset));
		assertTrue(proposals.contains("WIDGET_INTERFACE"), proposals::toString);
		// offered once, by the name a developer in the same package writes
		assertTrue(!proposals.contains("demo.WIDGET_INTERFACE"), proposals::toString);
	}

	@Test
	void proposesAFreshGuidAfterTheGuidKeywordFirstAndInsertsIt() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("draft.ddi"));
		IDocument document = Ui.document(editor);
		int offset = document.get().indexOf("guid ") + "guid ".length();
		List<EntryProposal> proposals = proposals(editor, offset);
		EntryProposal first = proposals.get(0);
		assertTrue(Guids.isWellFormed(first.proposal()), () -> texts(proposals).toString());
		// fresh each time
		assertNotEquals(first.proposal(), proposals(editor, offset).get(0).proposal());

		first.apply(document);
		assertEquals(offset, document.get().indexOf(first.proposal()));
		assertEquals(offset + first.proposal().length(), first.getSelection(document).x);
	}

	@Test
	void proposesKeywordsAndWdkTypesInAnInterfaceBody() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("draft.ddi"));
		IDocument document = Ui.document(editor);
		int offset = document.get().indexOf("    NTSTATUS Ping(");
		List<EntryProposal> proposals = proposals(editor, offset);
		List<String> texts = texts(proposals);
		assertTrue(texts.containsAll(List.of("consumer", "ULONG", "PVOID", "WDFDEVICE")), texts::toString);
		EntryProposal ulong = proposals.stream().filter(p -> p.proposal().equals("ULONG")).findFirst().orElseThrow();
		assertEquals("ULONG - WDK type, 4 bytes", ulong.getDisplayString());
		EntryProposal pvoid = proposals.stream().filter(p -> p.proposal().equals("PVOID")).findFirst().orElseThrow();
		assertEquals("PVOID - WDK type, 8 bytes on x64, 4 on x86", pvoid.getDisplayString());
	}

	@Test
	void proposesSalAnnotationsForAParameter() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("draft.ddi"));
		IDocument document = Ui.document(editor);
		int offset = document.get().indexOf("Ping(") + "Ping(".length();
		List<String> texts = texts(proposals(editor, offset));
		assertTrue(texts.containsAll(List.of("_In_", "_Out_writes_bytes_", "PVOID")), texts::toString);
	}

	@Test
	void filtersByTheTypedPrefix() throws Exception {
		ITextEditor editor = Ui.open(project.getFile("widget.ddi"));
		IDocument document = Ui.document(editor);
		int offset = document.get().indexOf("_In_ ULONG Value") + "_In_ UL".length();
		List<String> texts = texts(proposals(editor, offset));
		assertTrue(texts.contains("ULONG"), texts::toString);
		assertTrue(texts.stream().allMatch(t -> t.toUpperCase().startsWith("UL")), texts::toString);
	}
}
