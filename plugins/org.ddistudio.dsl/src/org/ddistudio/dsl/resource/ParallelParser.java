/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Injector;

/**
 * Parses many .ddi files on a bounded pool of threads, each into its own resource, and then adds
 * them to one resource set in the given order on the calling thread.
 * <p>
 * Why this is safe: while a file is parsed it is in no resource set, so nothing of another file
 * (or the set) is reachable from it. Each resource has its own parser, linker and lexer (Xtext binds
 * them unscoped, so the injector makes new ones per resource; the resources are created on the
 * calling thread, so Guice never provisions concurrently). The singletons the parse reaches are
 * read-only or built for concurrent use: the grammar is loaded and fully resolved under a lock by
 * Xtext's GrammarProvider, the token names and value converter tables are lazily built into volatile
 * fields, the metamodel is frozen, the documentation computer and name provider keep no state.
 * This is also how Xtext's own Eclipse builder loads files (in parallel, before linking).
 * <p>
 * Linking and validation are NOT done here: they resolve references into other files, so they
 * start once all files are in the set ({@link ParallelLinker}).
 */
public final class ParallelParser {

	/** One file to parse: the URI its resource gets, and its text. */
	public record Input(URI uri, String text) {
	}

	/**
	 * A parsed file: its resource (loaded, derived state installed) and its description with the
	 * exported names already computed (for the name index).
	 */
	public record Parsed(XtextResource resource, IResourceDescription description) {
	}

	/** Reading a file's text into its resource failed; {@link #index()} is the position in the inputs. */
	public static final class LoadFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;
		private final int index;

		LoadFailure(int index, IOException cause) {
			super(cause.getMessage(), cause);
			this.index = index;
		}

		public int index() {
			return index;
		}
	}

	private ParallelParser() {
	}

	/** As many threads as the machine has processors, at most one per file. */
	public static int defaultThreads(int files) {
		return PerFilePool.defaultThreads(files);
	}

	/** What becomes of each file's node model once it is parsed and its names are computed. */
	public enum SourceModel {
		/** Kept: the files can be formatted, serialized or reparsed afterwards. */
		KEEP,
		/**
		 * Detached at once on the file's own thread ({@link DdiResource#detachSourceModel}), so that at
		 * most one file per thread has a node model at any time; linking and validation give the same
		 * results. For files that do not change while they are used.
		 */
		DETACH
	}

	/** As {@link #parse(Injector, List, int, SourceModel)}, keeping the node models. */
	public static List<Parsed> parse(Injector injector, List<Input> inputs, int threads) {
		return parse(injector, inputs, threads, SourceModel.KEEP);
	}

	/**
	 * Parses the inputs on {@code threads} threads (1: on the calling thread only) and returns them in
	 * input order, not yet in any resource set. The result does not depend on the number of threads.
	 * A syntax error is part of a resource's parse result, never an exception; an exception thrown
	 * while parsing one file is rethrown here, that of the first such file in input order.
	 *
	 * @throws LoadFailure if a file's text cannot be read into its resource
	 * @throws CancellationException if the calling thread is interrupted (its flag is set again)
	 */
	public static List<Parsed> parse(Injector injector, List<Input> inputs, int threads, SourceModel sourceModel) {
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		IResourceDescription.Manager manager = injector.getInstance(IResourceDescription.Manager.class);
		List<XtextResource> resources = new ArrayList<>(inputs.size());
		for (Input input : inputs) {
			// Through the language's factory, not by file extension: a file named .DDI is DDI too.
			resources.add((XtextResource) factory.createResource(input.uri()));
		}
		return PerFilePool.map(inputs, threads, "parse",
				(index, input) -> parseOne(index, resources.get(index), input.text(), manager, sourceModel));
	}

	/**
	 * Adds parsed resources to the set in the given order. Adding a resource to a set is a change
	 * Xtext's resource cache reacts to by emptying itself, which would throw away the names computed
	 * on the worker threads; nothing in the cache depends on the set yet (no reference has been
	 * resolved), so the cache is kept while the resource is added.
	 */
	public static void addAll(ResourceSet set, List<Parsed> parsed) {
		for (Parsed file : parsed) {
			XtextResource resource = file.resource();
			IResourceScopeCache cache = resource.getCache();
			if (cache instanceof OnChangeEvictingCache evicting) {
				evicting.execWithoutCacheClear(resource, r -> set.getResources().add(r));
			} else {
				set.getResources().add(resource);
			}
		}
	}

	private static Parsed parseOne(int index, XtextResource resource, String text, IResourceDescription.Manager manager, SourceModel sourceModel) {
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new LoadFailure(index, e);
		}
		// Derived state (documentation comments) before the description: otherwise the description
		// manager installs it, computes the names, and discards both again.
		resource.getContents();
		IResourceDescription description = manager.getResourceDescription(resource);
		// The exported names are computed lazily and kept in the resource's cache: compute them here,
		// on this file's thread, instead of on the calling thread when the index is built.
		description.getExportedObjects().forEach(object -> {
		});
		if (sourceModel == SourceModel.DETACH) {
			if (!(resource instanceof DdiResource ddi)) {
				throw new IllegalStateException("cannot detach the node model of " + resource.getClass().getName() + ": not a DdiResource");
			}
			ddi.detachSourceModel(text);
		}
		return new Parsed(resource, description);
	}
}
