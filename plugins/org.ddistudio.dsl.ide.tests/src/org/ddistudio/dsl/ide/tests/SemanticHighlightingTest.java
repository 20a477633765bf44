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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.testing.DdiIdeInjector;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The semantic tokens the language server sends and the Eclipse editor colours: names are typed by what
 * they declare or refer to, and every mention of a deprecated interface version carries "deprecated".
 */
class SemanticHighlightingTest {

	private static final Injector INJECTOR = DdiIdeInjector.get();

	private static final String MODEL = """
			package demo
			deprecated interface OLD_INTERFACE {
			    guid {0D6E8A1E-5B7C-4D2A-9F10-2233445566AA}
			    version 1
			    references counted
			    NTSTATUS Poke(_In_ PVOID Context, _In_ ULONG Value);
			    ULONG Flags;
			}
			driver Bus bus KMDF {
			    produce OLD_INTERFACE on child-pdo
			}
			driver Function function KMDF {
			    consume OLD_INTERFACE {
			        version 1
			        calls Poke
			    }
			}
			""";

	private record Token(String text, List<String> ids) {
	}

	private static List<Token> tokens(String text) throws IOException {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("inmemory:/model.ddi"));
		resource.load(new StringInputStream(text), Map.of());
		List<Token> tokens = new ArrayList<>();
		INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> tokens.add(new Token(text.substring(offset, offset + length), List.of(ids))),
				CancelIndicator.NullImpl);
		return tokens;
	}

	private static List<List<String>> idsOf(List<Token> tokens, String text) {
		return tokens.stream().filter(t -> t.text().equals(text)).map(Token::ids).toList();
	}

	@Test
	void namesAreTypedByWhatTheyDeclareOrReferTo() throws IOException {
		List<Token> tokens = tokens(MODEL);
		assertTrue(idsOf(tokens, "Poke").contains(List.of(SemanticTokenTypes.Function, SemanticTokenModifiers.Declaration)),
				"routine declaration: " + idsOf(tokens, "Poke"));
		assertTrue(idsOf(tokens, "Poke").contains(List.of(SemanticTokenTypes.Function)), "routine called: " + idsOf(tokens, "Poke"));
		assertTrue(idsOf(tokens, "Flags").contains(List.of(SemanticTokenTypes.Property, SemanticTokenModifiers.Declaration)));
		assertTrue(idsOf(tokens, "Value").contains(List.of(SemanticTokenTypes.Parameter, SemanticTokenModifiers.Declaration)));
		assertTrue(idsOf(tokens, "Bus").contains(List.of(SemanticTokenTypes.Class, SemanticTokenModifiers.Declaration)));
		assertTrue(idsOf(tokens, "ULONG").contains(List.of(SemanticTokenTypes.Type, SemanticTokenModifiers.DefaultLibrary)));
	}

	@Test
	void everyMentionOfADeprecatedInterfaceIsMarkedDeprecated() throws IOException {
		List<List<String>> mentions = idsOf(tokens(MODEL), "OLD_INTERFACE");
		assertEquals(3, mentions.size(), "declaration, produce, consume: " + mentions);
		for (List<String> ids : mentions) {
			assertEquals(SemanticTokenTypes.Interface, ids.get(0));
			assertTrue(ids.contains(SemanticTokenModifiers.Deprecated), ids.toString());
		}
	}

	@Test
	void aCurrentInterfaceIsNotMarkedDeprecated() throws IOException {
		List<List<String>> mentions = idsOf(tokens(MODEL.replace("deprecated interface", "interface")), "OLD_INTERFACE");
		assertEquals(3, mentions.size());
		for (List<String> ids : mentions) {
			assertTrue(!ids.contains(SemanticTokenModifiers.Deprecated), ids.toString());
		}
	}

	@Test
	void anUnresolvedReferenceIsNotColouredAsAName() throws IOException {
		List<Token> tokens = tokens(MODEL.replace("calls Poke", "calls Poke, Reset"));
		assertEquals(List.of(), idsOf(tokens, "Reset"), "an error, not a member");
		assertTrue(idsOf(tokens, "Poke").contains(List.of(SemanticTokenTypes.Function)));
	}
}
