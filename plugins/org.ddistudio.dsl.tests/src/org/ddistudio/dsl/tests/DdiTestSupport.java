package org.ddistudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ddistudio.dsl.DdiStandaloneSetup;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Parses, links and validates a set of in-memory .ddi files in one resource set (so cross-file
 * references resolve through the index), and answers which rule codes were reported where.
 */
public final class DdiTestSupport {

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private final Map<String, XtextResource> resources = new LinkedHashMap<>();

	private DdiTestSupport() {
		resourceSet = injector().getInstance(XtextResourceSet.class);
	}

	/** The language injector, created once per test JVM. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Loads one file named test.ddi. */
	public static DdiTestSupport of(String text) {
		return files(Map.of("test.ddi", text));
	}

	/** Loads several files (name to content) into one resource set. */
	public static DdiTestSupport files(Map<String, String> files) {
		DdiTestSupport support = new DdiTestSupport();
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Resource resource = support.resourceSet.createResource(URI.createURI("inmemory:/" + file.getKey()));
				resource.load(new StringInputStream(file.getValue(), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
				support.resources.put(file.getKey(), (XtextResource) resource);
			}
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return support;
	}

	/** The model of a file. */
	public DdiModel model(String fileName) {
		return (DdiModel) resources.get(fileName).getContents().get(0);
	}

	/** The model of the only (or first) file. */
	public DdiModel model() {
		return (DdiModel) resources.values().iterator().next().getContents().get(0);
	}

	/** All issues of all files, validated in full. */
	public List<Issue> issues() {
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		List<Issue> all = new ArrayList<>();
		for (XtextResource resource : resources.values()) {
			all.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		return all;
	}

	/** The stable codes of all issues, in report order. */
	public List<String> codes() {
		return issues().stream().map(DdiRule::codeOf).collect(Collectors.toList());
	}

	/** Issues rendered as "line:column CODE message", for readable assertion failures. */
	public String describe() {
		return issues().stream()
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + DdiRule.codeOf(i) + " " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}

	/** Asserts that exactly these rules (in any order, with multiplicity) were reported. */
	public DdiTestSupport assertCodes(DdiRule... expected) {
		List<String> want = java.util.Arrays.stream(expected).map(DdiRule::code).sorted().toList();
		List<String> got = codes().stream().sorted().toList();
		assertEquals(want, got, "reported:\n" + describe());
		return this;
	}

	/** Asserts that nothing at all was reported. */
	public DdiTestSupport assertClean() {
		return assertCodes();
	}

	/** The first issue with the rule's code; fails if there is none. */
	public Issue issue(DdiRule rule) {
		return issues().stream().filter(i -> rule.code().equals(DdiRule.codeOf(i))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + rule.code() + " reported; reported:\n" + describe()));
	}
}
