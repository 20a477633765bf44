package org.ddistudio.generator.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ddistudio.dsl.DdiStandaloneSetup;
import org.ddistudio.model.DdiModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;

import com.google.inject.Injector;

/** Loads .ddi text and the repository's examples (pattern of org.ddistudio.sim.tests.Sim); fails on syntax or link errors. */
final class Models {

	/** The examples, each with the folders it needs besides its own. */
	static final Map<String, List<String>> EXAMPLES = Map.of("toaster", List.of(), "pcidrv", List.of("wdk"), "ucsi", List.of("wdk"),
			"sdca", List.of("wdk"), "serialhci", List.of("wdk"), "toastmon", List.of("toaster"), "broken", List.of("wdk"), "wdk",
			List.of());

	private static Injector injector;

	private Models() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Parses and links in-memory files (name → text) into one resource set. */
	static List<DdiModel> parse(Map<String, String> files) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
			Resource resource = set.createResource(URI.createURI("inmemory:/" + file.getKey()));
			try {
				resource.load(new StringInputStream(file.getValue(), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return resolve(set);
	}

	static List<DdiModel> parse(String name, String text) {
		return parse(Map.of(name, text));
	}

	/** The models of an example folder and of the folders it needs. */
	static List<DdiModel> example(String example) {
		Path root = Paths.get("../../examples").toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(root.resolve(example)), "examples/" + example + " not found under " + root);
		List<String> folders = new ArrayList<>(List.of(example));
		folders.addAll(EXAMPLES.get(example));
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		for (String folder : folders) {
			try (Stream<Path> found = Files.list(root.resolve(folder))) {
				for (Path file : found.filter(p -> p.toString().endsWith(".ddi")).sorted().toList()) {
					set.getResource(URI.createFileURI(file.toString()), true);
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return resolve(set);
	}

	private static List<DdiModel> resolve(XtextResourceSet set) {
		EcoreUtil.resolveAll(set);
		List<DdiModel> models = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			if (!resource.getErrors().isEmpty()) {
				fail(resource.getURI().lastSegment() + " does not parse/link:\n" + resource.getErrors().stream()
						.map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).collect(Collectors.joining("\n")));
			}
			models.add((DdiModel) resource.getContents().get(0));
		}
		return models;
	}
}
