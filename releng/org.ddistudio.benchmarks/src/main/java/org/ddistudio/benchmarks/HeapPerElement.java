package org.ddistudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.management.JMException;
import javax.management.ObjectName;

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
 * full, compacting one) before and after holding the resource set, then again after taking each
 * part away, so that the parts add up:
 * <ol>
 * <li>whole: the Xtext resource set after parse + link + validate, as the CLI holds it;</li>
 * <li>node model: what dropping the parse result, the node adapters of every element and the lazy linker's
 * proxy information (which points into the nodes) frees;</li>
 * <li>indexes: the resource set's adapters (the name index the CLI installs, the validators' project index);</li>
 * <li>caches: the remaining adapters of resources and elements (Xtext's resource scope caches: qualified
 * names, scopes, resource descriptions);</li>
 * <li>model: a plain EMF copy of the same elements (EcoreUtil.copyAll, no Xtext), the floor.</li>
 * </ol>
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
			long base = used();
			XtextResourceSet set = LanguageRuntime.parse(files);
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

	private static long used() {
		long previous = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			long now = MEMORY.getHeapMemoryUsage().getUsed();
			if (Math.abs(previous - now) < 64 * 1024) {
				return now;
			}
			previous = now;
		}
		return previous;
	}
}
