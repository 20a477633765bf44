/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.management.JMException;
import javax.management.ObjectName;

import org.ddistudio.dsl.resource.NodeModelRelease;
import org.ddistudio.dsl.resource.ParallelLinker;
import org.ddistudio.dsl.resource.ParallelParser.SourceModel;
import org.ddistudio.dsl.resource.SourceSpans;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Retained heap per model element of a parsed, linked and validated workspace. Measured as the
 * difference of used heap after full GCs (MemoryMXBean; run with -XX:+UseSerialGC so that a GC is a
 * full, compacting one; see {@link #used()}) before and after holding the resource set, then again
 * after taking each part away, so that the parts add up:
 * <ol>
 * <li>whole: the Xtext resource set after parse + link + validate, as the CLI holds it;</li>
 * <li>node model: what dropping the parse result, the node adapters of every element and the lazy linker's
 * proxy information (which points into the nodes) frees;</li>
 * <li>indexes: the resource set's adapters (the name index the CLI installs, the validators' project index);</li>
 * <li>caches: the remaining adapters of resources and elements (Xtext's resource scope caches: qualified
 * names, scopes, resource descriptions);</li>
 * <li>model: a plain EMF copy of the same elements (EcoreUtil.copyAll, no Xtext), the floor.</li>
 * </ol>
 * (This first set keeps its node models, to measure them.) Then, on a new set loaded as the command
 * line loads it (each file's node model detached right after parsing, {@link SourceModel#DETACH}):
 * the set after parsing, after linking and after validating (the largest of the three is the peak of
 * what a run holds), and what is left after the production release ({@link NodeModelRelease}, as ddi
 * check and ddi simulate hold the model while they run).
 * Arguments: [bytes [repetitions]].
 */
public final class HeapPerElement {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private HeapPerElement() {
	}

	public static void main(String[] args) throws ReflectiveOperationException {
		long bytes = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
		int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		List<SyntheticWorkspace.File> files = SyntheticWorkspace.of(bytes);
		System.out.printf("workspace: %d files, %,d bytes; %s%n", files.size(), SyntheticWorkspace.size(files),
				ManagementFactory.getRuntimeMXBean().getInputArguments());
		LanguageRuntime.validate(LanguageRuntime.parse(SyntheticWorkspace.unit(0))); // warm the injector and classes
		for (int r = 1; r <= repetitions; r++) {
			// each in its own method: nothing of one is still referenced from this frame while the other measures
			parts(files, r);
			released(files, r);
		}
	}

	/** The whole set and its parts, taken away one after the other; the plain EMF copy. */
	private static void parts(List<SyntheticWorkspace.File> files, int r) throws ReflectiveOperationException {
		long base = used();
		XtextResourceSet set = LanguageRuntime.parse(files, SourceModel.KEEP);
		int issues = LanguageRuntime.validate(set).size();
		long whole = used() - base;
		long elements = 0;
		long nodes = 0;
		for (Resource resource : set.getResources()) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); it.next()) {
				elements++;
			}
			for (INode node : ((XtextResource) resource).getParseResult().getRootNode().getAsTreeIterable()) {
				nodes += node == null ? 0 : 1;
			}
		}
		histogram("after parse + link + validate", r);
		dropNodeModel(set);
		long withoutNodes = used() - base;
		histogram("without the node model", r);
		set.eAdapters().clear(); // the name index (ResourceDescriptionsData) and the validators' project index (ModelScope)
		long withoutIndexes = used() - base;
		dropXtextAdapters(set);
		long bare = used() - base;
		// a plain EMF copy of the same elements, while the set is still held
		List<EObject> roots = new ArrayList<>();
		set.getResources().forEach(resource -> roots.addAll(resource.getContents()));
		long beforeCopy = used();
		ResourceSet plain = new ResourceSetImpl();
		Collection<EObject> copies = EcoreUtil.copyAll(roots);
		int i = 0;
		for (EObject copy : copies) {
			plain.createResource(org.eclipse.emf.common.util.URI.createURI("copy:/" + i++ + ".xmi")).getContents().add(copy);
		}
		long copy = used() - beforeCopy;
		System.out.printf("rep %d: %,d elements, %,d nodes, %d issues%n", r, elements, nodes, issues);
		System.out.printf("  whole      %,12d bytes = %6.1f B/element%n", whole, (double) whole / elements);
		System.out.printf("  node model %,12d bytes = %6.1f B/element (%.1f B/node)%n", whole - withoutNodes,
				(double) (whole - withoutNodes) / elements, (double) (whole - withoutNodes) / nodes);
		System.out.printf("  indexes    %,12d bytes = %6.1f B/element (resource set: name index, validators' project index)%n",
				withoutNodes - withoutIndexes, (double) (withoutNodes - withoutIndexes) / elements);
		System.out.printf("  caches     %,12d bytes = %6.1f B/element (adapters of resources and elements: Xtext's resource scope caches)%n",
				withoutIndexes - bare, (double) (withoutIndexes - bare) / elements);
		System.out.printf("  rest       %,12d bytes = %6.1f B/element (elements, resources, lists)%n", bare, (double) bare / elements);
		System.out.printf("  EMF copy   %,12d bytes = %6.1f B/element%n", copy, (double) copy / elements);
		reach(set, plain);
	}

	/**
	 * The set as the command line holds it: parsed with the node models detached, linked, validated
	 * (each measured: the peak is the largest), then, as ddi check and ddi simulate hold it while they
	 * run, released by the production code (Xtext's caches and the indexes; the source span of every
	 * element kept). Then without the spans, for their share.
	 */
	private static void released(List<SyntheticWorkspace.File> files, int r) {
		long base = used();
		XtextResourceSet set = LanguageRuntime.parse(files, SourceModel.DETACH);
		long parsed = used() - base;
		histogram("after parsing, node models detached", r);
		ParallelLinker.Linked linked = LanguageRuntime.link(set);
		long linkedBytes = used() - base;
		LanguageRuntime.validate(set, linked);
		long validated = used() - base;
		histogram("after parse + link + validate, node models detached", r);
		long elements = elements(set);
		System.out.printf("  detached: parsed %6.1f, linked %6.1f, validated %6.1f B/element; peak %,12d bytes = %6.1f B/element (SourceModel.DETACH, as the CLI loads)%n",
				(double) parsed / elements, (double) linkedBytes / elements, (double) validated / elements,
				Math.max(parsed, Math.max(linkedBytes, validated)), (double) Math.max(parsed, Math.max(linkedBytes, validated)) / elements);
		Map<XtextResource, SourceSpans> spans = NodeModelRelease.release(set);
		long released = used() - base;
		histogram("after NodeModelRelease", r);
		System.out.printf("  released   %,12d bytes = %6.1f B/element (NodeModelRelease, as ddi check holds the set: elements, resources, source spans of %,d elements)%n",
				released, (double) released / elements, spans.values().stream().mapToLong(SourceSpans::size).sum());
		reach(set);
	}

	private static long elements(ResourceSet set) {
		long elements = 0;
		for (Resource resource : set.getResources()) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); it.next()) {
				elements++;
			}
		}
		return elements;
	}

	/** Keeps both sets reachable until after the last measurement. */
	private static void reach(Object... objects) {
		if (objects.length == 42) {
			System.out.println(objects[0]);
		}
	}

	/** The parse result (root node and everything below it) and the node adapters of the elements. */
	private static void dropNodeModel(XtextResourceSet set) throws ReflectiveOperationException {
		Field parseResult = XtextResource.class.getDeclaredField("parseResult");
		parseResult.setAccessible(true);
		// the lazy linker keeps (element, reference, node) for every cross-reference it installed
		Field proxyInformation = org.eclipse.xtext.linking.lazy.LazyLinkingResource.class.getDeclaredField("proxyInformation");
		proxyInformation.setAccessible(true);
		for (Resource resource : set.getResources()) {
			parseResult.set(resource, null);
			proxyInformation.set(resource, new ArrayList<>());
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				it.next().eAdapters().removeIf(INode.class::isInstance);
			}
		}
	}

	/** Every remaining adapter of resources and elements (Xtext's scope cache and the like). */
	private static void dropXtextAdapters(XtextResourceSet set) {
		for (Resource resource : set.getResources()) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (!object.eAdapters().isEmpty()) {
					List<Adapter> adapters = new ArrayList<>(object.eAdapters());
					object.eAdapters().removeAll(adapters);
				}
			}
			resource.eAdapters().clear();
		}
		set.eAdapters().clear();
	}

	/** With -Dheap.histogram=N: the N classes with most live bytes (the GC.class_histogram diagnostic command), on the first repetition. */
	private static void histogram(String when, int repetition) {
		int lines = Integer.getInteger("heap.histogram", 0);
		if (lines <= 0 || repetition != 1) {
			return;
		}
		try {
			Object out = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
					"gcClassHistogram", new Object[] { null }, new String[] { String[].class.getName() });
			System.out.println("  histogram " + when + ":");
			out.toString().lines().limit(lines + 3L).forEach(line -> System.out.println("    " + line));
		} catch (JMException e) {
			System.out.println("  (no histogram: " + e + ")");
		}
	}

	/**
	 * Used heap after full GCs, the lowest of eight in a row. Serial's full GC leaves dead objects in place
	 * where moving the live ones would cost more (up to MarkSweepDeadRatio, 5%, of the old generation),
	 * except on every fourth (MarkSweepAlwaysCompactCount), which compacts everything: a reading right
	 * after a part was taken away may still count it (the spans, 6 MB, were missed that way).
	 */
	private static long used() {
		long lowest = Long.MAX_VALUE;
		for (int i = 0; i < 8; i++) {
			System.gc();
			lowest = Math.min(lowest, MEMORY.getHeapMemoryUsage().getUsed());
		}
		return lowest;
	}
}
