package org.ddistudio.check.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ddistudio.check.CheckOptions;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.dsl.DdiStandaloneSetup;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.TraceEntry;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;

import com.google.inject.Injector;

/**
 * Fixture loader (the pattern of the simulator's tests): parses .ddi text or the repository's examples
 * with the DSL, failing on syntax or link errors but without running validators, and runs the checker.
 */
final class Fixtures {

	/** On x64: TI is 40 bytes with Ping at 32. */
	static final String INTERFACES = """
			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}
			""";

	/** Folders an example imports besides examples/wdk. */
	private static final Map<String, List<String>> DEPENDENCIES = Map.of("toastmon", List.of("toaster"));

	private static Injector injector;

	private Fixtures() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The first system of {@link #INTERFACES} + text. */
	static SystemLayout system(String text) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createURI("inmemory:/fixture" + System.nanoTime() + ".ddi"));
		try {
			resource.load(new StringInputStream(INTERFACES + text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			fail("fixture does not parse/link:\n" + resource.getErrors().stream()
					.map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).collect(Collectors.joining("\n")));
		}
		DdiModel model = (DdiModel) resource.getContents().get(0);
		return model.getDeclarations().stream().filter(SystemLayout.class::isInstance).map(SystemLayout.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("fixture has no system"));
	}

	/** The systems of examples/NAME, loaded with examples/wdk and its dependencies. */
	static List<SystemLayout> example(String example) {
		Path root = Paths.get("../../examples").toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(root.resolve(example)), "examples/" + example + " not found under " + root);
		List<String> folders = new ArrayList<>(List.of(example, "wdk"));
		folders.addAll(DEPENDENCIES.getOrDefault(example, List.of()));
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		for (String folder : folders) {
			try (Stream<Path> found = Files.list(root.resolve(folder))) {
				found.filter(p -> p.toString().endsWith(".ddi")).sorted()
						.forEach(p -> set.getResource(URI.createFileURI(p.toAbsolutePath().toString()), true));
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		EcoreUtil.resolveAll(set);
		List<SystemLayout> systems = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			if (!resource.getErrors().isEmpty()) {
				fail(resource.getURI().lastSegment() + " does not parse/link: " + resource.getErrors().get(0).getMessage());
			}
			boolean own = resource.getURI().toString().contains("/examples/" + example + "/");
			for (Declaration declaration : ((DdiModel) resource.getContents().get(0)).getDeclarations()) {
				if (own && declaration instanceof SystemLayout system) {
					systems.add(system);
				}
			}
		}
		assertTrue(!systems.isEmpty(), "examples/" + example + " has no system");
		return systems;
	}

	/** Checks from the started system with the defaults (a 60 s time bound, so a test never hangs). */
	static CheckResult check(SystemLayout system) {
		return check(system, options());
	}

	static CheckResult check(SystemLayout system, CheckOptions options) {
		return TeardownChecker.check(system, options).get(0);
	}

	static CheckOptions options() {
		return CheckOptions.defaults().withTimeout(java.time.Duration.ofSeconds(60));
	}

	/** Verdict, summary, counterexample trace and scenario, for assertion messages. */
	static String describe(CheckResult result) {
		StringBuilder text = new StringBuilder(result.system().getName()).append(" / ").append(result.origin()).append(": ")
				.append(result.summary()).append('\n');
		if (result.counterexample() != null) {
			text.append("  ").append(result.counterexample().finding().message()).append('\n');
			for (TraceEntry entry : result.counterexample().trace()) {
				text.append(String.format("  %3d %s%s%n", entry.step(), "  ".repeat(entry.depth()), entry.text()));
			}
			text.append(result.counterexample().scenario());
		}
		return text.toString();
	}
}
