/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.help.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Help > Help Contents shows "DDI Studio", every page exists, and links and anchors between pages resolve. */
class HelpContentTest {

	private static final Bundle HELP = Platform.getBundle("org.ddistudio.help");

	private static String page(String path) throws IOException {
		URL entry = HELP.getEntry(path);
		assertNotNull(entry, path + " is not in the help bundle");
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@SuppressWarnings("deprecation")
	private static IToc ddiToc() {
		for (IToc toc : HelpSystem.getTocs()) {
			if ("DDI Studio".equals(toc.getLabel())) {
				return toc;
			}
		}
		throw new AssertionError("no DDI Studio book in the help system");
	}

	@Test
	void helpContentsHasTheDdiStudioBookWithEveryPage() throws IOException {
		IToc toc = ddiToc();
		List<String> labels = new ArrayList<>();
		for (ITopic topic : toc.getTopics()) {
			labels.add(topic.getLabel());
			String href = topic.getHref().replaceFirst("^/org\\.ddistudio\\.help/", "");
			String html = page(href);
			assertTrue(html.contains("<h1") || html.contains("<h2"), href + " has no heading");
		}
		assertTrue(labels.containsAll(List.of("Getting started", "Language reference", "Rules and findings")), labels.toString());
	}

	@Test
	void ruleAnchorsAndCrossLinksResolve() throws IOException {
		String rules = page("html/rules.html");
		for (String code : List.of("ddi001", "ddi100", "ddi300", "ddi406", "ddi501", "sim001")) {
			assertTrue(rules.contains("id=\"" + code + "\""), "rules.html has no anchor " + code);
		}
		String index = page("html/index.html");
		Matcher links = Pattern.compile("href=\"([a-z-]+\\.html)(#[^\"]*)?\"").matcher(index);
		int checked = 0;
		while (links.find()) {
			page("html/" + links.group(1));
			checked++;
		}
		assertTrue(checked >= 3, "the getting-started page should link to the other pages");
		Matcher images = Pattern.compile("src=\"(images/[^\"]+)\"").matcher(index);
		while (images.find()) {
			page("html/" + images.group(1));
		}
		assertTrue(!Pattern.compile("href=\"[^\":]*\\.md[\"#]").matcher(index).find(), "links to Markdown files must point at the pages");
	}

	@Test
	void contextHelpForTheEditorPointsAtTheLanguageReference() {
		IContext context = HelpSystem.getContext("org.ddistudio.help.editor");
		assertNotNull(context, "no F1 context org.ddistudio.help.editor");
		boolean language = false;
		for (var topic : context.getRelatedTopics()) {
			language |= topic.getHref().endsWith("language.html");
		}
		assertTrue(language, "the editor's context help should point at the language reference");
	}
}
