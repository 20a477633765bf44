package org.ddistudio.cli.format;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;

/**
 * Formats a parsed .ddi file with the language's Xtext formatter (IFormatter2), the same one the editor
 * uses, so "ddi format" and "Format" in Eclipse agree. Callers must only pass files without syntax
 * errors: the formatter works on the node model and would lay out a broken file unpredictably.
 */
public final class DdiFormatter {

	private final Injector injector;

	public DdiFormatter(Injector injector) {
		this.injector = injector;
	}

	/** Whether this build of the language has a formatter at all. */
	public boolean isAvailable() {
		try {
			injector.getInstance(IFormatter2.class);
			return true;
		} catch (ConfigurationException e) {
			return false;
		}
	}

	/** The formatted text of a resource; the file keeps its line separator (\n or \r\n). */
	public String format(XtextResource resource, String text) {
		ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
		preferences.put(FormatterPreferenceKeys.lineSeparator, text.contains("\r\n") ? "\r\n" : "\n");
		List<Exception> failures = new ArrayList<>();
		FormatterRequest request = injector.getInstance(FormatterRequest.class)
				.setTextRegionAccess(regions)
				.setPreferences(preferences)
				.setExceptionHandler(failures::add);
		List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
		if (!failures.isEmpty()) {
			throw new IllegalStateException("the formatter failed", failures.get(0));
		}
		return regions.getRewriter().renderToString(replacements);
	}
}
