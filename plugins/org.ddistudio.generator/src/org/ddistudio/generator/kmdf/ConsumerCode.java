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
import java.util.List;

import org.ddistudio.generator.c.CNames;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.Routine;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;

/**
 * One interface a driver queries (wdf-semantics.md §1.3): WdfFdoQueryForInterface on its own stack or
 * WdfIoTargetQueryForInterface on a remote target, with the declared Size and Version, the buffer
 * zeroed before the query and after InterfaceDereference, and exactly one dereference per successful
 * query.
 */
final class ConsumerCode {

	private final Driver driver;
	private final Consumer consumer;
	private final Interface iface;
	private final String prefix;
	private final String stateType;

	ConsumerCode(Driver driver, Consumer consumer, String key) {
		this.driver = driver;
		this.consumer = consumer;
		this.iface = consumer.getInterface();
		this.prefix = KmdfNames.function(driver, key);
		this.stateType = KmdfNames.type(driver, key, "CONSUMER");
	}

	Consumer consumer() {
		return consumer;
	}

	String prefix() {
		return prefix;
	}

	boolean fromTarget() {
		return consumer.getTarget() != null;
	}

	boolean releasedAfterUse() {
		return consumer.getRelease() == ReleasePoint.AFTER_USE;
	}

	/** The expression a caller that has only the WDFDEVICE uses to get the state. */
	String stateOf(String device) {
		return prefix + "_ConsumerState(" + device + ")";
	}

	/** The call that acquires the interface at a start-up point (or re-queries it). */
	String acquireCall(String device, String target) {
		return prefix + "_Acquire(" + device + (fromTarget() ? ", " + target : "") + ", " + stateOf(device) + ")";
	}

	/** The call that acquires, uses and releases at once (release after-use). */
	String useOnceCall(String device, String target) {
		return prefix + "_UseOnce(" + device + (fromTarget() ? ", " + target : "") + ")";
	}

	void append(DriverFiles files) {
		files.uses(iface);
		String name = iface.getName();
		Long literalSize = literalSize();
		StringBuilder h = files.header;
		h.append("/* ==== consume ").append(name).append(fromTarget() ? " from target " + consumer.getTarget().getName() : "")
				.append(": acquire ").append(consumer.getAcquire().getLiteral()).append(", release ").append(consumer.getRelease().getLiteral())
				.append(" ==== */\n\n");
		if (consumer.getRelease() == ReleasePoint.NEVER) {
			h.append("/* Declared 'release never': nothing below calls InterfaceDereference for this interface. */\n");
		}
		h.append("typedef struct _").append(stateType).append(" {\n");
		h.append("    /* The query buffer: zeroed before the query and after InterfaceDereference. */\n");
		h.append("    union {\n        ").append(name).append(" Interface;\n");
		if (literalSize != null) {
			h.append("        /* The declared Size may exceed the struct on this ABI: the producer may write that much. */\n");
			h.append("        UCHAR Space[").append(literalSize).append("];\n");
		}
		h.append("    } Buffer;\n");
		h.append("    /* TRUE while this driver owns the reference the successful query took. */\n");
		h.append("    BOOLEAN Held;\n} ").append(stateType).append(";\n\n");
		List<String> implemented = new ArrayList<>();
		implemented.add(stateType + " *" + prefix + "_ConsumerState(_In_ WDFDEVICE Device);");
		for (Member member : Interfaces.allMembers(iface)) {
			if (member.isConsumerSupplied() && member instanceof Routine routine) {
				implemented.add(CNames.routineType(routine) + " " + consumerRoutine(routine) + ";");
			}
		}
		if (hasConsumerFields()) {
			implemented.add("VOID " + prefix + "_FillConsumerFields(_Inout_ " + CNames.pointer(name) + " Interface, _In_ WDFDEVICE Device);");
		}
		if (releasedAfterUse()) {
			implemented.add("/* The calls made while the interface is held" + usesComment() + ". */");
			implemented.add("VOID " + prefix + "_Use(_In_ WDFDEVICE Device, _In_ " + CNames.pointer(name) + " Interface);");
		}
		h.append("/* You implement (the state lives in Device's context): */\n");
		implemented.forEach(l -> h.append(l).append('\n'));
		h.append('\n');
		String targetParameter = fromTarget() ? ", _In_ WDFIOTARGET Target" : "";
		h.append("/* Queries the interface; STATUS_INVALID_DEVICE_STATE if it is already held. */\n");
		h.append("_IRQL_requires_max_(PASSIVE_LEVEL)\nNTSTATUS ").append(prefix).append("_Acquire(_In_ WDFDEVICE Device").append(targetParameter)
				.append(", _Inout_ ").append(stateType).append(" *Consumer);\n");
		h.append("/* Drops the reference if held (once), then zeroes the buffer. */\n");
		h.append("VOID ").append(prefix).append("_Release(_Inout_ ").append(stateType).append(" *Consumer);\n");
		if (releasedAfterUse()) {
			h.append("/* Acquire, ").append(prefix).append("_Use, Release. */\n");
			h.append("_IRQL_requires_max_(PASSIVE_LEVEL)\nNTSTATUS ").append(prefix).append("_UseOnce(_In_ WDFDEVICE Device")
					.append(targetParameter).append(");\n");
		}
		h.append('\n');
		appendDefinitions(files.source, literalSize);
	}

	private String usesComment() {
		List<String> names = consumer.getUses().stream().map(Member::getName).toList();
		return names.isEmpty() ? "" : ": " + String.join(", ", names);
	}

	private String consumerRoutine(Routine routine) {
		return prefix + "_" + routine.getName();
	}

	private boolean hasConsumerFields() {
		return Interfaces.allMembers(iface).stream().anyMatch(m -> m instanceof Field && m.isConsumerSupplied());
	}

	/**
	 * The requested Size as a number when it must be written as one: a declared size other than the
	 * struct's x64 size. Otherwise sizeof(struct) is right on every ABI and {@code null} is returned.
	 */
	private Long literalSize() {
		if (!consumer.isSetRequestedSize()) {
			return null;
		}
		try {
			if (InterfaceLayout.compute(iface, Abi.X64).size() == consumer.getRequestedSize()) {
				return null;
			}
		} catch (LayoutException e) {
			// keep the number
		}
		return (long) consumer.getRequestedSize();
	}

	private void appendDefinitions(StringBuilder c, Long literalSize) {
		String name = iface.getName();
		String size = literalSize != null ? "(USHORT)" + literalSize : "(USHORT)sizeof(" + name + ")";
		String version = !consumer.isSetRequestedVersion() || consumer.getRequestedVersion() == iface.getVersion() ? CNames.version(iface)
				: "(USHORT)" + consumer.getRequestedVersion();
		String specificData = consumer.getSpecificData() == null || consumer.getSpecificData().isBlank()
				|| consumer.getSpecificData().strip().equals("NULL") ? "NULL"
				: "(PVOID)(" + consumer.getSpecificData() + ")";
		// The INTERFACE header's members: in InterfaceHeader of a generated struct, spelled out in a WDK struct.
		String header = "Consumer->Buffer.Interface" + (CNames.isWdk(iface) ? "" : ".InterfaceHeader");
		c.append("/* ==== consume ").append(name).append(" ==== */\n\n");
		c.append("_Use_decl_annotations_\nNTSTATUS ").append(prefix).append("_Acquire(WDFDEVICE Device")
				.append(fromTarget() ? ", WDFIOTARGET Target" : "").append(", ").append(stateType).append(" *Consumer)\n{\n");
		c.append("    NTSTATUS status;\n\n    PAGED_CODE();\n");
		c.append("    if (Consumer->Held) {\n        /* A second query would take a reference nothing drops. */\n");
		c.append("        return STATUS_INVALID_DEVICE_STATE;\n    }\n");
		c.append("    /* Producers copy only their own Size bytes: the rest of the buffer must not be stale. */\n");
		c.append("    RtlZeroMemory(&Consumer->Buffer, sizeof(Consumer->Buffer));\n");
		c.append("    /* An ImportInterface producer's callback reads the request from the buffer's header. */\n");
		c.append("    ").append(header).append(".Size = ").append(size).append(";\n");
		c.append("    ").append(header).append(".Version = ").append(version).append(";\n");
		for (Member member : Interfaces.allMembers(iface)) {
			if (member.isConsumerSupplied() && member instanceof Routine routine) {
				c.append("    Consumer->Buffer.Interface.").append(routine.getName()).append(" = ").append(consumerRoutine(routine)).append(";\n");
			}
		}
		if (hasConsumerFields()) {
			c.append("    ").append(prefix).append("_FillConsumerFields(&Consumer->Buffer.Interface, Device);\n");
		}
		if (fromTarget()) {
			c.append("    status = WdfIoTargetQueryForInterface(Target, &");
		} else {
			c.append("    status = WdfFdoQueryForInterface(Device, &");
		}
		c.append(CNames.guid(iface)).append(", (PINTERFACE)&Consumer->Buffer.Interface, ").append(size).append(", ").append(version)
				.append(", ").append(specificData).append(");\n");
		c.append("    if (!NT_SUCCESS(status)) {\n        RtlZeroMemory(&Consumer->Buffer, sizeof(Consumer->Buffer));\n        return status;\n    }\n");
		c.append("    Consumer->Held = TRUE;\n    return status;\n}\n\n");

		c.append("_Use_decl_annotations_\nVOID ").append(prefix).append("_Release(").append(stateType).append(" *Consumer)\n{\n");
		c.append("    if (Consumer->Held) {\n");
		c.append("        /* The one reference the query took; no routine of the interface may be called after this. */\n");
		c.append("        ").append(header).append(".InterfaceDereference(").append(header).append(".Context);\n");
		c.append("        Consumer->Held = FALSE;\n    }\n");
		c.append("    RtlZeroMemory(&Consumer->Buffer, sizeof(Consumer->Buffer));\n}\n\n");

		if (releasedAfterUse()) {
			c.append("_Use_decl_annotations_\nNTSTATUS ").append(prefix).append("_UseOnce(WDFDEVICE Device")
					.append(fromTarget() ? ", WDFIOTARGET Target" : "").append(")\n{\n");
			c.append("    ").append(stateType).append(" *Consumer = ").append(stateOf("Device")).append(";\n");
			c.append("    NTSTATUS status;\n\n    PAGED_CODE();\n");
			c.append("    status = ").append(prefix).append("_Acquire(Device").append(fromTarget() ? ", Target" : "").append(", Consumer);\n");
			c.append("    if (!NT_SUCCESS(status)) {\n        return status;\n    }\n");
			c.append("    ").append(prefix).append("_Use(Device, &Consumer->Buffer.Interface);\n");
			c.append("    ").append(prefix).append("_Release(Consumer);\n    return STATUS_SUCCESS;\n}\n\n");
		}
	}
}
