/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed resource and returns the new text; shared by the CLI, the editor and the
 * language server so that all of them produce the same layout. Refuses resources with syntax
 * errors, whose node model would make the formatter move text it does not understand.
 */
public class DdiFormatting {

	/** Four spaces, as WDK sources are usually indented. */
	public static final String INDENTATION = "    ";

	@Inject
	private Provider<IFormatter2> formatterProvider;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilder;

	/** The replacements that turn the resource's text into its formatted form. */
	public List<ITextReplacement> replacements(XtextResource resource) {
		if (!resource.getParseResult().getSyntaxErrors().iterator().hasNext()) {
			ITextRegionAccess regions = regionAccessBuilder.get().forNodeModel(resource).create();
			FormatterRequest request = new FormatterRequest();
			request.setTextRegionAccess(regions);
			MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
			preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
			preferences.put(FormatterPreferenceKeys.lineSeparator, "\n");
			request.setPreferences(preferences);
			return formatterProvider.get().format(request);
		}
		throw new IllegalArgumentException("cannot format a file with syntax errors");
	}

	/** The formatted text of the resource. */
	public String format(XtextResource resource) {
		String text = resource.getParseResult().getRootNode().getText();
		List<ITextReplacement> replacements = replacements(resource);
		StringBuilder result = new StringBuilder(text);
		// apply back to front so that earlier offsets stay valid
		replacements.stream().sorted((a, b) -> Integer.compare(b.getOffset(), a.getOffset())).forEach(
				r -> result.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText()));
		String formatted = result.toString().strip();
		return formatted.isEmpty() ? "" : formatted + "\n";
	}
}
