/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.kmdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.GeneratedMark;
import org.ddistudio.generator.c.CText;
import org.ddistudio.generator.header.HeaderPlan;
import org.ddistudio.model.AcquirePoint;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.DriverFramework;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Producer;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.RemoteTargetDecl;

/**
 * KMDF code of one driver: DRIVER_ddi.h (what the driver's own code includes: state structs, the
 * functions to call from its callbacks, the routines it implements) and DRIVER_ddi.c (the producer
 * registrations, consumer queries, remote-target callbacks, the query-remove veto and one helper per
 * declared start-up and release point). WDM drivers answer queries in their own dispatch code, so
 * they get none.
 */
public final class DriverCodeGenerator {

	private final HeaderPlan plan;
	private final VersionIndex versions;

	public DriverCodeGenerator(HeaderPlan plan, List<Interface> allInterfaces) {
		this.plan = plan;
		this.versions = new VersionIndex(allInterfaces);
	}

	/** Whether a driver gets code: KMDF, and it produces, consumes or opens something. */
	public static boolean generatesFor(Driver driver) {
		return driver.getFramework() == DriverFramework.KMDF
				&& (!driver.getProducers().isEmpty() || !driver.getConsumers().isEmpty() || !driver.getTargets().isEmpty());
	}

	/** The header and the source of a driver, for a driver {@link #generatesFor(Driver)} accepts. */
	public List<GeneratedFile> generate(Driver driver, String sourceName) {
		DriverFiles files = new DriverFiles(plan);
		Map<String, Integer> keys = new HashMap<>();
		List<ProducerCode> producers = new ArrayList<>();
		for (Producer producer : driver.getProducers()) {
			if (producer.getInterface() != null && !producer.getInterface().eIsProxy()) {
				ProducerCode code = new ProducerCode(driver, producer, key(keys, producer.getInterface()), versions);
				code.append(files);
				producers.add(code);
			}
		}
		List<ConsumerCode> consumers = new ArrayList<>();
		for (Consumer consumer : driver.getConsumers()) {
			if (consumer.getInterface() != null && !consumer.getInterface().eIsProxy()) {
				ConsumerCode code = new ConsumerCode(driver, consumer, key(keys, consumer.getInterface()));
				code.append(files);
				consumers.add(code);
			}
		}
		for (RemoteTargetDecl target : driver.getTargets()) {
			List<ConsumerCode> through = consumers.stream().filter(c -> c.consumer().getTarget() == target).toList();
			new TargetCode(driver, target, through).append(files);
		}
		appendVeto(files, driver, producers);
		appendAcquirePoints(files, driver, consumers);
		appendReleasePoints(files, driver, consumers);
		return List.of(headerFile(driver, files, sourceName), sourceFile(driver, files, sourceName));
	}

	/** The interface name, made unique within the driver when it produces or consumes an interface twice. */
	private static String key(Map<String, Integer> keys, Interface iface) {
		int use = keys.merge(iface.getName(), 1, Integer::sum);
		return use == 1 ? iface.getName() : iface.getName() + "_" + use;
	}

	/**
	 * The toaster bus pattern (§4.3, R7): while a counted interface handed out on a device still has
	 * references, that device fails IRP_MN_QUERY_REMOVE_DEVICE. One callback per device object role.
	 */
	private static void appendVeto(DriverFiles files, Driver driver, List<ProducerCode> producers) {
		Map<DeviceObjectRole, List<ProducerCode>> byRole = new EnumMap<>(DeviceObjectRole.class);
		for (ProducerCode code : producers) {
			Producer producer = code.producer();
			if (producer.isVetoQueryRemove() && ProducerCode.counted(producer)) {
				byRole.computeIfAbsent(producer.getOn(), r -> new ArrayList<>()).add(code);
			}
		}
		for (Map.Entry<DeviceObjectRole, List<ProducerCode>> entry : byRole.entrySet()) {
			String name = driver.getName() + "_" + KmdfNames.role(entry.getKey()) + "_EvtDeviceQueryRemove";
			files.header.append("/* ==== query-remove veto (").append(KmdfNames.roleKeyword(entry.getKey())).append(") ==== */\n\n");
			files.header.append("/* Set as EvtDeviceQueryRemove in WDF_PNPPOWER_EVENT_CALLBACKS: fails while references are outstanding. */\n");
			files.header.append("EVT_WDF_DEVICE_QUERY_REMOVE ").append(name).append(";\n\n");
			StringBuilder c = files.source;
			c.append("_Use_decl_annotations_\nNTSTATUS ").append(name).append("(WDFDEVICE Device)\n{\n");
			for (ProducerCode code : entry.getValue()) {
				c.append("    if (InterlockedCompareExchange(&").append(code.prefix()).append("_ProducerState(Device)->References, 0, 0) != 0) {\n");
				c.append("        /* Somebody still uses the interface: removing now would leave it calling into freed code. */\n");
				c.append("        return STATUS_UNSUCCESSFUL;\n    }\n");
			}
			c.append("    return STATUS_SUCCESS;\n}\n\n");
		}
	}

	/** One helper per start-up point: queries (or uses once) every interface declared to be acquired there. */
	private static void appendAcquirePoints(DriverFiles files, Driver driver, List<ConsumerCode> consumers) {
		for (AcquirePoint point : AcquirePoint.values()) {
			if (point == AcquirePoint.ON_DEMAND) {
				continue;
			}
			List<ConsumerCode> here = consumers.stream().filter(c -> c.consumer().getAcquire() == point).toList();
			if (here.isEmpty()) {
				continue;
			}
			String name = driver.getName() + "_AcquireInterfaces_" + point.getLiteral();
			files.header.append("/* Call from your ").append(point.getLiteral()).append(" (after WdfDeviceCreate in EvtDriverDeviceAdd);")
					.append(" stops at the first failure and returns it. */\n");
			files.header.append("_IRQL_requires_max_(PASSIVE_LEVEL)\nNTSTATUS ").append(name).append("(_In_ WDFDEVICE Device);\n\n");
			StringBuilder c = files.source;
			c.append("_Use_decl_annotations_\nNTSTATUS ").append(name).append("(WDFDEVICE Device)\n{\n    NTSTATUS status;\n\n    PAGED_CODE();\n");
			for (ConsumerCode consumer : here) {
				String target = consumer.fromTarget() ? TargetCode.targetOf(driver, consumer.consumer().getTarget(), "Device") : null;
				c.append("    status = ").append(consumer.releasedAfterUse() ? consumer.useOnceCall("Device", target) : consumer.acquireCall("Device", target))
						.append(";\n");
				c.append("    if (!NT_SUCCESS(status)) {\n        return status;\n    }\n");
			}
			c.append("    return STATUS_SUCCESS;\n}\n\n");
		}
	}

	/** The helper for EvtDeviceReleaseHardware: dereferences every interface declared to be released there. */
	private static void appendReleasePoints(DriverFiles files, Driver driver, List<ConsumerCode> consumers) {
		List<ConsumerCode> here = consumers.stream().filter(c -> c.consumer().getRelease() == ReleasePoint.RELEASE_HARDWARE).toList();
		if (here.isEmpty()) {
			return;
		}
		String name = driver.getName() + "_ReleaseInterfaces_" + ReleasePoint.RELEASE_HARDWARE.getLiteral();
		files.header.append("/* Call from your EvtDeviceReleaseHardware. */\n");
		files.header.append("VOID ").append(name).append("(_In_ WDFDEVICE Device);\n\n");
		StringBuilder c = files.source;
		c.append("_Use_decl_annotations_\nVOID ").append(name).append("(WDFDEVICE Device)\n{\n");
		for (ConsumerCode consumer : here) {
			c.append("    ").append(consumer.prefix()).append("_Release(").append(consumer.stateOf("Device")).append(");\n");
		}
		c.append("}\n\n");
	}

	static String headerName(Driver driver) {
		return driver.getName() + "_ddi.h";
	}

	private static GeneratedFile headerFile(Driver driver, DriverFiles files, String sourceName) {
		String fileName = headerName(driver);
		String guard = "DDI_" + CText.macroName(fileName);
		StringBuilder out = new StringBuilder(GeneratedMark.banner(fileName, sourceName));
		out.append(CText.docComment(driver.getDocumentation(), ""));
		out.append("#ifndef ").append(guard).append("\n#define ").append(guard).append("\n\n");
		out.append("#include <ntddk.h>\n#include <wdf.h>\n");
		for (String include : files.interfaceHeaders) {
			out.append("#include \"").append(include).append("\"\n");
		}
		out.append('\n').append(files.header).append("#endif /* ").append(guard).append(" */\n");
		return new GeneratedFile(fileName, out.toString(), origin(driver, sourceName));
	}

	/** "the KMDF code of driver Drv in drivers.ddi". */
	private static String origin(Driver driver, String sourceName) {
		return "the KMDF code of driver " + driver.getName() + " in " + sourceName;
	}

	private static GeneratedFile sourceFile(Driver driver, DriverFiles files, String sourceName) {
		String fileName = driver.getName() + "_ddi.c";
		StringBuilder out = new StringBuilder(GeneratedMark.banner(fileName, sourceName));
		out.append("#include <ntddk.h>\n#include <wdf.h>\n");
		out.append("/* Instantiates the interface GUIDs in this driver (DEFINE_GUID definitions are selectany). */\n");
		out.append("#include <initguid.h>\n");
		if (files.usesWdkInterface) {
			out.append("/* The GUIDs of the WDK's own interfaces, defined here as a driver does. */\n#include <wdmguid.h>\n");
		}
		out.append("#include \"").append(headerName(driver)).append("\"\n\n");
		out.append(files.source);
		return new GeneratedFile(fileName, out.toString(), origin(driver, sourceName));
	}
}
