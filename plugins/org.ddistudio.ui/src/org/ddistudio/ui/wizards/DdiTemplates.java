/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.ddistudio.ui.DdiUiPlugin;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/**
 * The bundle's file templates (templates/*.ddi). A template names its declarations after the new file
 * and gets a fresh GUID, so several files from one template in one project do not collide:
 * ${package}, ${NAME} (WIDGET), ${Name} (Widget) and ${guid} are replaced.
 */
public final class DdiTemplates {

	/** The templates of the New DDI File wizard. */
	public enum Template {
		INTERFACE("interface.ddi", "Interface", "An interface with a GUID, a version and two routines"),
		PRODUCER_CONSUMER("producer-consumer.ddi", "Producer/consumer pair",
				"An interface, the bus driver that produces it, the function driver that consumes it, and their system"),
		TWO_WAY("two-way.ddi", "Two-way interface",
				"An interface both sides fill: a lower filter imports what the function driver supplies"),
		REMOTE_TARGET("remote-target.ddi", "Remote-target consumer",
				"A monitor in another stack that queries through a remote I/O target and lets go on removal");

		final String file;
		final String label;
		final String description;

		Template(String file, String label, String description) {
			this.file = file;
			this.label = label;
			this.description = description;
		}

		public String label() {
			return label;
		}

		public String description() {
			return description;
		}
	}

	/** The example system of a new project: bundle file and the name it gets in the project. */
	static final String[][] EXAMPLE = { { "example-toaster.ddi", "toaster.ddi" },
			{ "example-system-interfaces.ddi", "system-interfaces.ddi" } };

	private DdiTemplates() {
	}

	/** The template's text for a file named {@code fileName} (with or without .ddi). */
	public static String render(Template template, String fileName) throws IOException {
		String base = fileName.endsWith(".ddi") ? fileName.substring(0, fileName.length() - 4) : fileName;
		String[] words = base.split("[^A-Za-z0-9]+");
		StringBuilder upper = new StringBuilder();
		StringBuilder pascal = new StringBuilder();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			upper.append(upper.length() == 0 ? "" : "_").append(word.toUpperCase(Locale.ROOT));
			pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		String name = identifier(upper.toString(), "DDI");
		String packageName = identifier(name.toLowerCase(Locale.ROOT), "ddi");
		if (keywords().contains(packageName)) {
			packageName += "_ddi"; // "interface.ddi" must not give 'package interface'
		}
		return bundleText(template.file).replace("${package}", packageName).replace("${NAME}", name)
				.replace("${Name}", identifier(pascal.toString(), "Ddi"))
				.replace("${guid}", "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}");
	}

	/** A C identifier: never empty, never starting with a digit. */
	private static String identifier(String candidate, String prefix) {
		if (candidate.isEmpty()) {
			return prefix;
		}
		return Character.isDigit(candidate.charAt(0)) ? prefix + candidate : candidate;
	}

	private static Set<String> keywords() {
		return GrammarUtil.getAllKeywords(DdiUiPlugin.injector().getInstance(IGrammarAccess.class).getGrammar());
	}

	static String bundleText(String file) throws IOException {
		URL entry = DdiUiPlugin.getDefault().getBundle().getEntry("templates/" + file);
		if (entry == null) {
			throw new IOException("templates/" + file + " is missing from " + DdiUiPlugin.PLUGIN_ID);
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
