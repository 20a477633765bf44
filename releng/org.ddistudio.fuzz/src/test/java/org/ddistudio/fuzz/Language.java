package org.ddistudio.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.DdiStandaloneSetup;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** The DDI language outside OSGi, as the CLI runs it: parse, link and validate text. */
final class Language {

	private static Injector injector;

	private Language() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** A parsed resource (in its own resource set). */
	static XtextResource parse(String text) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("inmemory:/fuzz.ddi"));
		try {
			resource.load(new StringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	/** The model of a parsed resource. */
	static DdiModel model(XtextResource resource) {
		return (DdiModel) resource.getContents().get(0);
	}

	/** Every diagnostic as "line:column severity CODE message", in report order. */
	static List<String> diagnostics(String text) {
		XtextResource resource = parse(text);
		List<Issue> issues = injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<String> result = new ArrayList<>();
		for (Issue issue : issues) {
			result.add(issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " " + DdiRule.codeOf(issue) + " "
					+ issue.getMessage());
		}
		return result;
	}
}
