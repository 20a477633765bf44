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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.generator.c.CNames;
import org.ddistudio.model.AcceptedVersion;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Producer;
import org.ddistudio.model.QueryCallback;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.Routine;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;

/**
 * One WdfDeviceAddQueryInterface registration (wdf-semantics.md §1.1, §1.2): the template filled
 * with Size, Version, Context and the reference routines, WDF_QUERY_INTERFACE_CONFIG with the
 * declared SendQueryToParentStack / ImportInterface, the EvtDeviceProcessQueryInterfaceRequest that
 * enforces the declared policy, and counted reference routines.
 */
final class ProducerCode {

	private final Driver driver;
	private final Producer producer;
	private final Interface iface;
	private final String prefix;
	private final String stateType;
	private final VersionIndex versions;
	/** The interfaces whose producer members this registration fills: the produced one, or per accepted version. */
	private final Set<Interface> filled = new LinkedHashSet<>();

	ProducerCode(Driver driver, Producer producer, String key, VersionIndex versions) {
		this.driver = driver;
		this.producer = producer;
		this.iface = producer.getInterface();
		this.prefix = KmdfNames.function(driver, key);
		this.stateType = KmdfNames.type(driver, key, "PRODUCER");
		this.versions = versions;
	}

	/** The reference counting in effect: the producer's own, else the interface's. */
	static boolean counted(Producer producer) {
		ReferenceCounting counting = producer.isSetReferenceCounting() ? producer.getReferenceCounting()
				: producer.getInterface().getReferenceCounting();
		return counting == ReferenceCounting.COUNTED;
	}

	Producer producer() {
		return producer;
	}

	String prefix() {
		return prefix;
	}

	void append(DriverFiles files) {
		files.uses(iface);
		boolean counted = counted(producer);
		boolean template = !producer.isNullTemplate();
		// The bodies decide which interfaces get filled; the declarations are written afterwards.
		StringBuilder definitions = new StringBuilder();
		if (counted) {
			appendReferenceRoutines(definitions);
		}
		StringBuilder callback = new StringBuilder();
		if (producer.getCallback() != null) {
			appendCallback(callback, producer.getCallback());
		}
		StringBuilder register = new StringBuilder();
		appendRegister(register, template, counted);
		for (Interface served : filled) {
			files.uses(served);
			appendFill(definitions, served, counted);
		}
		definitions.append(callback).append(register);

		StringBuilder h = files.header;
		h.append("/* ==== produce ").append(iface.getName()).append(" on ").append(KmdfNames.roleKeyword(producer.getOn()))
				.append(" ==== */\n\n");
		if (counted) {
			h.append("/* Reference count of the interface handed out on one device; lives in that device's context. */\n");
			h.append("typedef struct _").append(stateType).append(" {\n    WDFDEVICE Device;\n    LONG volatile References;\n} ")
					.append(stateType).append(";\n\n");
			h.append("/* You implement: the producer state in Device's context (the interface Context points at it). */\n");
			h.append(stateType).append(" *").append(prefix).append("_ProducerState(_In_ WDFDEVICE Device);\n\n");
		}
		for (Interface served : filled) {
			appendImplementedRoutines(h, served);
		}
		h.append(counted ? "/* Context of the routines: the " + stateType + ". */\n" : "/* Context of the routines: the WDFDEVICE. */\n");
		h.append("/* Call ").append(producer.getOn() == DeviceObjectRole.CHILD_PDO
				? "after WdfDeviceCreate of each child PDO (EvtChildListCreateDevice or your PDO creation routine)"
				: "from EvtDriverDeviceAdd after WdfDeviceCreate").append(", at PASSIVE_LEVEL. */\n");
		h.append("_IRQL_requires_max_(PASSIVE_LEVEL)\nNTSTATUS ").append(prefix).append("_Register(_In_ WDFDEVICE Device")
				.append(counted ? ", _Inout_ " + stateType + " *Producer" : "").append(");\n\n");
		files.source.append("/* ==== produce ").append(iface.getName()).append(" ==== */\n\n").append(definitions);
	}

	/** InterlockedIncrement/Decrement on the producer state: the count a query-remove veto looks at. */
	private void appendReferenceRoutines(StringBuilder c) {
		c.append("static VOID NTAPI ").append(prefix).append("_InterfaceReference(_In_ PVOID Context)\n{\n");
		c.append("    InterlockedIncrement(&((").append(stateType).append(" *)Context)->References);\n}\n\n");
		c.append("static VOID NTAPI ").append(prefix).append("_InterfaceDereference(_In_ PVOID Context)\n{\n");
		c.append("    InterlockedDecrement(&((").append(stateType).append(" *)Context)->References);\n}\n\n");
	}

	/** Writes the producer's members of {@code served} into a buffer: header Context, reference routines, routines, fields. */
	private void appendFill(StringBuilder c, Interface served, boolean counted) {
		String name = served.getName();
		c.append("static VOID ").append(fillName(served)).append("(_Inout_ ").append(CNames.pointer(name))
				.append(" Interface, _In_ WDFDEVICE Device, _In_ PVOID Context)\n{\n");
		c.append("    UNREFERENCED_PARAMETER(Device);\n");
		c.append("    Interface->" + CNames.headerMember(served) + "Context = Context;\n");
		if (counted) {
			c.append("    Interface->" + CNames.headerMember(served) + "InterfaceReference = ").append(prefix).append("_InterfaceReference;\n");
			c.append("    Interface->" + CNames.headerMember(served) + "InterfaceDereference = ").append(prefix).append("_InterfaceDereference;\n");
		} else {
			c.append("    Interface->" + CNames.headerMember(served) + "InterfaceReference = WdfDeviceInterfaceReferenceNoOp;\n");
			c.append("    Interface->" + CNames.headerMember(served) + "InterfaceDereference = WdfDeviceInterfaceDereferenceNoOp;\n");
		}
		for (Member member : Interfaces.allMembers(served)) {
			if (member instanceof Routine routine && !member.isConsumerSupplied()) {
				c.append("    Interface->").append(routine.getName()).append(" = ").append(implementation(served, routine)).append(";\n");
			}
		}
		if (hasProducerFields(served)) {
			c.append("    ").append(driver.getName()).append("_").append(name).append("_FillFields(Interface, Device);\n");
		}
		c.append("}\n\n");
	}

	private String fillName(Interface served) {
		return prefix + "_Fill_" + served.getName();
	}

	private String implementation(Interface served, Routine routine) {
		return driver.getName() + "_" + served.getName() + "_" + routine.getName();
	}

	private static boolean hasProducerFields(Interface served) {
		return Interfaces.allMembers(served).stream().anyMatch(m -> m instanceof Field && !m.isConsumerSupplied());
	}

	/** The routines (and hooks) of one served interface the driver's author writes. */
	private void appendImplementedRoutines(StringBuilder h, Interface served) {
		List<String> lines = new ArrayList<>();
		for (Member member : Interfaces.allMembers(served)) {
			if (member instanceof Routine routine && !member.isConsumerSupplied()) {
				lines.add(CNames.routineType(routine) + " " + implementation(served, routine) + ";");
			}
		}
		if (hasProducerFields(served)) {
			lines.add("VOID " + driver.getName() + "_" + served.getName() + "_FillFields(_Inout_ " + CNames.pointer(served.getName())
					+ " Interface, _In_ WDFDEVICE Device);");
		}
		if (producer.isImportInterface()) {
			lines.add("/* Reads the consumer's members (ImportInterface); an error fails the query. */");
			lines.add("NTSTATUS " + driver.getName() + "_" + served.getName() + "_Import(_In_ WDFDEVICE Device, _Inout_ "
					+ CNames.pointer(served.getName()) + " Interface, _In_opt_ PVOID InterfaceSpecificData);");
		}
		if (!lines.isEmpty()) {
			h.append("/* You implement, for ").append(served.getName()).append(": */\n");
			lines.forEach(l -> h.append(l).append('\n'));
			h.append('\n');
		}
	}

	/**
	 * The callback runs after the framework matched GUID (and, with a template, Size and Version) and,
	 * unless ImportInterface, copied the template into the consumer's buffer. STATUS_NOT_SUPPORTED lets
	 * the query travel on; any other error completes it (§1.2 step 5).
	 */
	private void appendCallback(StringBuilder c, QueryCallback callback) {
		String name = prefix + "_EvtDeviceProcessQueryInterfaceRequest";
		c.append("static EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST ").append(name).append(";\n\n");
		c.append("_Use_decl_annotations_\nstatic NTSTATUS ").append(name)
				.append("(WDFDEVICE Device, LPGUID InterfaceType, PINTERFACE ExposedInterface, PVOID ExposedInterfaceSpecificData)\n{\n");
		c.append("    UNREFERENCED_PARAMETER(Device);\n    UNREFERENCED_PARAMETER(InterfaceType);\n");
		c.append("    UNREFERENCED_PARAMETER(ExposedInterface);\n    UNREFERENCED_PARAMETER(ExposedInterfaceSpecificData);\n");
		c.append("    PAGED_CODE();\n");
		switch (callback.getPolicy()) {
		case ACCEPT -> {
			c.append("    /* Policy 'accept': every request that reaches the callback succeeds. */\n");
			if (producer.isImportInterface()) {
				// Nothing was copied: the producer's members go into the consumer's buffer, which must hold them.
				c.append("    if (ExposedInterface->Size < sizeof(").append(iface.getName()).append(")) {\n");
				c.append("        return STATUS_INVALID_BUFFER_SIZE;\n    }\n");
				appendImport(c, iface, "    ");
			}
			c.append("    return STATUS_SUCCESS;\n");
		}
		case EXACT_VERSIONS -> {
			c.append("    /* Policy 'exact version': only the listed versions, each with its minimum Size. */\n");
			for (AcceptedVersion accepted : callback.getAccepted()) {
				Interface served = versions.servedFor(iface, accepted.getVersion());
				c.append("    if (ExposedInterface->Version == ").append(versionExpression(served, accepted.getVersion()));
				String size = minimumSize(served, accepted.getMinimumSize());
				if (size != null) {
					c.append(" && ExposedInterface->Size >= ").append(size);
				}
				c.append(") {\n");
				if (producer.isImportInterface()) {
					appendImport(c, served, "        ");
				}
				c.append("        return STATUS_SUCCESS;\n    }\n");
			}
			c.append("    return STATUS_NOT_SUPPORTED;\n");
		}
		case FAIL -> {
			c.append("    /* Policy 'fail': the query completes with this status and no reference is taken. */\n");
			c.append("    return ").append(callback.getFailStatus().getLiteral()).append(";\n");
		}
		case NOT_SUPPORTED -> {
			c.append("    /* Policy 'not-supported': the query travels on down the stack. */\n");
			c.append("    return STATUS_NOT_SUPPORTED;\n");
		}
		}
		c.append("}\n\n");
	}

	/** ImportInterface: fill the producer's members into the consumer's buffer, then read the consumer's. */
	private void appendImport(StringBuilder c, Interface served, String indent) {
		filled.add(served);
		String pointer = CNames.pointer(served.getName());
		c.append(indent).append("{\n");
		c.append(indent).append("    ").append(pointer).append(" Interface = (").append(pointer).append(")ExposedInterface;\n");
		c.append(indent).append("    NTSTATUS status;\n\n");
		c.append(indent).append("    ").append(fillName(served)).append("(Interface, Device, ").append(contextExpression()).append(");\n");
		c.append(indent).append("    status = ").append(driver.getName()).append("_").append(served.getName())
				.append("_Import(Device, Interface, ExposedInterfaceSpecificData);\n");
		c.append(indent).append("    if (!NT_SUCCESS(status)) {\n");
		c.append(indent).append("        return status;\n");
		c.append(indent).append("    }\n");
		c.append(indent).append("}\n");
	}

	/** The interface Context handed out: the device (no-op references) or its producer state (counted). */
	private String contextExpression() {
		return counted(producer) ? "(PVOID)" + prefix + "_ProducerState(Device)" : "(PVOID)Device";
	}

	private static String versionExpression(Interface served, int version) {
		return served.getVersion() == version ? CNames.version(served) : Integer.toString(version);
	}

	/**
	 * The minimum Size as C: sizeof the served struct when the model's number is its x64 size (then it is
	 * right on x86 too), the number otherwise; {@code null} for no check.
	 */
	private static String minimumSize(Interface served, int minimumSize) {
		if (minimumSize <= 0) {
			return null;
		}
		try {
			if (InterfaceLayout.compute(served, Abi.X64).size() == minimumSize) {
				return "sizeof(" + served.getName() + ")";
			}
		} catch (LayoutException e) {
			// fall through to the number
		}
		return Integer.toString(minimumSize);
	}

	private void appendRegister(StringBuilder c, boolean template, boolean counted) {
		String name = iface.getName();
		c.append("_Use_decl_annotations_\nNTSTATUS ").append(prefix).append("_Register(WDFDEVICE Device")
				.append(counted ? ", " + stateType + " *Producer" : "").append(")\n{\n");
		if (template) {
			c.append("    ").append(name).append(" Template;\n");
		}
		c.append("    WDF_QUERY_INTERFACE_CONFIG Config;\n\n    PAGED_CODE();\n");
		if (counted) {
			c.append("    Producer->Device = Device;\n    Producer->References = 0;\n");
		}
		if (template) {
			filled.add(iface);
			c.append("    /* The framework copies Size bytes of the template when registering: a local is enough. */\n");
			c.append("    RtlZeroMemory(&Template, sizeof(Template));\n");
			c.append("    Template." + CNames.headerMember(iface) + "Size = (USHORT)sizeof(Template);\n");
			c.append("    Template." + CNames.headerMember(iface) + "Version = ").append(CNames.version(iface)).append(";\n");
			c.append("    ").append(fillName(iface)).append("(&Template, Device, ").append(counted ? "(PVOID)Producer" : "(PVOID)Device")
					.append(");\n");
		} else {
			c.append("    /* Interface NULL: no template, so the framework checks neither Size nor Version. */\n");
		}
		c.append("    WDF_QUERY_INTERFACE_CONFIG_INIT(&Config, ").append(template ? "(PINTERFACE)&Template" : "NULL").append(", &")
				.append(CNames.guid(iface)).append(", ")
				.append(producer.getCallback() != null ? prefix + "_EvtDeviceProcessQueryInterfaceRequest" : "NULL").append(");\n");
		if (producer.isSendQueryToParentStack()) {
			c.append("    /* A PDO passes the query on to the top of its parent's stack. */\n");
			c.append("    Config.SendQueryToParentStack = TRUE;\n");
		}
		if (producer.isImportInterface()) {
			c.append("    /* Nothing is copied: the callback fills and reads the consumer's buffer. */\n");
			c.append("    Config.ImportInterface = TRUE;\n");
		}
		c.append("    return WdfDeviceAddQueryInterface(Device, &Config);\n}\n\n");
	}
}
