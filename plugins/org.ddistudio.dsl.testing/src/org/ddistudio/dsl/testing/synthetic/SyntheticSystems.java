/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.testing.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;

import org.ddistudio.model.AcquirePoint;
import org.ddistudio.model.BaseType;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiFactory;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Device;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.DriverFramework;
import org.ddistudio.model.DriverKind;
import org.ddistudio.model.Interface;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Producer;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.Routine;
import org.ddistudio.model.SalKind;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.TargetOpenMode;
import org.ddistudio.model.TypeRef;

/**
 * Generates large, valid, deterministic systems for benchmarks and property tests: a tree of bus
 * devices with children, one interface per bus driver family produced on the child PDOs with
 * counted, vetoing references, function drivers consuming them from their own stacks, and monitors
 * consuming them across stacks through remote targets with the three callbacks (R7).
 */
public final class SyntheticSystems {

	private static final DdiFactory F = DdiFactory.eINSTANCE;

	/**
	 * The parameters of a generated system.
	 *
	 * @param devices     total number of devices (at least 2)
	 * @param interfaces  number of distinct interfaces (and bus driver families)
	 * @param crossStack  number of monitor devices consuming across stacks
	 * @param seed        random seed: the same parameters always give the same model
	 */
	public record Shape(int devices, int interfaces, int crossStack, long seed) {
	}

	private SyntheticSystems() {
	}

	/** Builds the model in memory (not attached to a resource). */
	public static DdiModel generate(Shape shape) {
		Random random = new Random(shape.seed());
		DdiModel model = F.createDdiModel();
		model.setName("synthetic");
		int families = Math.max(1, shape.interfaces());
		List<Interface> interfaces = new ArrayList<>();
		List<Driver> buses = new ArrayList<>();
		List<Driver> functions = new ArrayList<>();
		for (int i = 0; i < families; i++) {
			Interface iface = iface(i, random);
			interfaces.add(iface);
			model.getDeclarations().add(iface);
			Driver bus = driver("Bus" + i, DriverKind.BUS);
			Producer producer = F.createProducer();
			producer.setInterface(iface);
			producer.setOn(DeviceObjectRole.CHILD_PDO);
			producer.setReferenceCounting(ReferenceCounting.COUNTED);
			producer.setVetoQueryRemove(true);
			bus.getProducers().add(producer);
			buses.add(bus);
			Driver function = driver("Function" + i, DriverKind.FUNCTION);
			Consumer consumer = consumer(iface, AcquirePoint.SELF_MANAGED_IO_INIT, ReleasePoint.AFTER_USE);
			function.getConsumers().add(consumer);
			functions.add(function);
			model.getDeclarations().add(bus);
			model.getDeclarations().add(function);
		}
		Driver monitor = driver("Monitor", DriverKind.FUNCTION);
		List<RemoteTargetDecl> monitorTargets = new ArrayList<>();
		for (int i = 0; i < families; i++) {
			RemoteTargetDecl target = F.createRemoteTargetDecl();
			target.setName("To" + i);
			target.setOpenMode(TargetOpenMode.BY_NAME);
			target.getCallbacks().add(callback(TargetEvent.QUERY_REMOVE, TargetAction.RELEASE, TargetAction.CLOSE));
			target.getCallbacks().add(callback(TargetEvent.REMOVE_COMPLETE, TargetAction.RELEASE, TargetAction.CLOSE));
			target.getCallbacks().add(callback(TargetEvent.REMOVE_CANCELED, TargetAction.REOPEN, TargetAction.REQUERY));
			monitor.getTargets().add(target);
			monitorTargets.add(target);
			Consumer consumer = consumer(interfaces.get(i), AcquirePoint.SELF_MANAGED_IO_INIT, ReleasePoint.RELEASE_HARDWARE);
			consumer.setTarget(target);
			monitor.getConsumers().add(consumer);
		}
		model.getDeclarations().add(monitor);

		SystemLayout system = F.createSystemLayout();
		system.setName("Synthetic");
		model.getDeclarations().add(system);
		int monitors = Math.min(shape.crossStack(), Math.max(0, shape.devices() - 2 * families));
		int remaining = Math.max(2 * families, shape.devices() - monitors);
		List<Device> busDevices = new ArrayList<>();
		for (int i = 0; i < families && system.getDevices().size() < remaining; i++) {
			Device device = device("BusDevice" + i, null);
			layer(device, LayerRole.PDO, null);
			layer(device, LayerRole.FUNCTION, buses.get(i));
			system.getDevices().add(device);
			busDevices.add(device);
		}
		List<Device> children = new ArrayList<>();
		for (int n = 0; system.getDevices().size() < remaining; n++) {
			int family = n % busDevices.size();
			Device child = device("Child" + n, busDevices.get(family));
			layer(child, LayerRole.PDO, buses.get(family));
			layer(child, LayerRole.FUNCTION, functions.get(family));
			system.getDevices().add(child);
			children.add(child);
		}
		for (int m = 0; m < monitors && !children.isEmpty(); m++) {
			Device device = device("Monitor" + m, null);
			layer(device, LayerRole.PDO, null);
			layer(device, LayerRole.FUNCTION, monitor);
			for (int i = 0; i < families; i++) {
				// bind each target to a child of the matching family, chosen by the seed
				List<Device> family = familyChildren(children, busDevices.get(i));
				if (!family.isEmpty()) {
					TargetBinding binding = F.createTargetBinding();
					binding.setTarget(monitorTargets.get(i));
					binding.setDevice(family.get(random.nextInt(family.size())));
					device.getTargets().add(binding);
				}
			}
			system.getDevices().add(device);
		}
		return model;
	}

	/** The same model as .ddi text in the canonical layout (for parser and editor benchmarks), printed by the language. */
	public static String toText(Shape shape) {
		return SyntheticText.print(generate(shape));
	}

	/**
	 * A one-file system of at least {@code lines} lines of .ddi text (the editor benchmarks' "5,000-line
	 * file"): the smallest of 64, 80, 96 ... devices (in steps of 16, with an interface per 25 devices and
	 * a cross-stack monitor per 10) whose text is that long. Every part of the text grows with the
	 * devices, so the size is found by doubling and bisection rather than by printing every size.
	 */
	public static String textOfAtLeast(int lines, long seed) {
		int below = -1; // the largest step known to be too short (none yet)
		int step = 0;
		String text = textOfStep(step, seed);
		while (text.lines().count() < lines) {
			below = step;
			step = 2 * step + 1;
			text = textOfStep(step, seed);
		}
		int enough = step;
		String found = text;
		while (enough - below > 1) {
			int middle = (below + enough) / 2;
			String candidate = textOfStep(middle, seed);
			if (candidate.lines().count() >= lines) {
				enough = middle;
				found = candidate;
			} else {
				below = middle;
			}
		}
		return found;
	}

	private static String textOfStep(int step, long seed) {
		int devices = 64 + 16 * step;
		return toText(new Shape(devices, Math.max(2, devices / 25), devices / 10, seed));
	}

	/**
	 * A generated system's text split into three files the way a driver team lays out a project: the
	 * interfaces in {@code pkg.api}, the drivers in {@code pkg.drivers} importing them, the system in
	 * {@code pkg.stacks} importing the drivers, so that most references cross files. The keys are the
	 * files' relative paths ({@code pkg/api.ddi} ...), in that order.
	 */
	public static Map<String, String> asUnitFiles(String pkg, String text) {
		StringBuilder api = new StringBuilder("package " + pkg + ".api\n\n");
		StringBuilder drivers = new StringBuilder("package " + pkg + ".drivers\n\nimport " + pkg + ".api.*\n\n");
		StringBuilder stacks = new StringBuilder("package " + pkg + ".stacks\n\nimport " + pkg + ".drivers.*\n\n");
		StringBuilder current = null;
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("package ")) {
				continue;
			}
			if (line.startsWith("interface ")) {
				current = api;
			} else if (line.startsWith("driver ")) {
				current = drivers;
			} else if (line.startsWith("system ")) {
				current = stacks;
			}
			if (current != null) {
				current.append(line).append('\n');
			}
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put(pkg + "/api.ddi", api.toString());
		files.put(pkg + "/drivers.ddi", drivers.toString());
		files.put(pkg + "/stacks.ddi", stacks.toString());
		return files;
	}

	/**
	 * The offset of a hex digit inside the GUID of the middle interface of a generated text: where the
	 * editor benchmarks type, so that every keystroke makes (or mends) exactly one DDI100.
	 */
	public static int middleGuidDigit(String text) {
		List<Integer> guids = new ArrayList<>();
		for (int at = text.indexOf("guid {"); at >= 0; at = text.indexOf("guid {", at + 1)) {
			guids.add(at);
		}
		if (guids.isEmpty()) {
			throw new IllegalArgumentException("no GUID in the text");
		}
		return guids.get(guids.size() / 2) + "guid {".length() + 2;
	}

	private static List<Device> familyChildren(List<Device> children, Device parent) {
		return children.stream().filter(c -> c.getParent() == parent).toList();
	}

	private static Interface iface(int i, Random random) {
		Interface iface = F.createInterface();
		iface.setName("SYNTHETIC_INTERFACE_" + i);
		iface.setGuid(String.format(Locale.ROOT, "{%08X-%04X-%04X-%04X-%012X}", random.nextInt() & 0xFFFFFFFFL,
				random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextLong() & 0xFFFFFFFFFFFFL));
		iface.setVersion(1);
		iface.setReferenceCounting(ReferenceCounting.COUNTED);
		for (int r = 0; r < 3; r++) {
			Routine routine = F.createRoutine();
			routine.setName("Routine" + r);
			routine.setReturnType(base(BaseType.NTSTATUS));
			Parameter context = F.createParameter();
			context.setName("Context");
			context.setType(base(BaseType.PVOID));
			org.ddistudio.model.SalAnnotation in = F.createSalAnnotation();
			in.setKind(SalKind.IN);
			context.setAnnotation(in);
			routine.getParameters().add(context);
			iface.getMembers().add(routine);
		}
		return iface;
	}

	private static TypeRef base(BaseType type) {
		TypeRef ref = F.createTypeRef();
		ref.setBaseType(type);
		return ref;
	}

	private static Driver driver(String name, DriverKind kind) {
		Driver driver = F.createDriver();
		driver.setName(name);
		driver.setKind(kind);
		driver.setFramework(DriverFramework.KMDF);
		return driver;
	}

	private static Consumer consumer(Interface iface, AcquirePoint acquire, ReleasePoint release) {
		Consumer consumer = F.createConsumer();
		consumer.setInterface(iface);
		consumer.setAcquire(acquire);
		consumer.setRelease(release);
		consumer.getUses().add(iface.getMembers().get(0));
		return consumer;
	}

	private static TargetCallback callback(TargetEvent event, TargetAction... actions) {
		TargetCallback callback = F.createTargetCallback();
		callback.setEvent(event);
		callback.getActions().addAll(List.of(actions));
		return callback;
	}

	private static Device device(String name, Device parent) {
		Device device = F.createDevice();
		device.setName(name);
		device.setParent(parent);
		return device;
	}

	private static void layer(Device device, LayerRole role, Driver driver) {
		StackLayer layer = F.createStackLayer();
		layer.setRole(role);
		layer.setDriver(driver);
		device.getLayers().add(layer);
	}
}
