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

import java.util.List;

import org.ddistudio.model.Driver;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.TargetOpenMode;

/**
 * A remote I/O target (wdf-semantics.md §4.3): opening it with the declared removal callbacks, and
 * each callback doing the declared actions in order. The framework knows nothing of interfaces
 * queried through the target, so releasing them on query-remove and remove-complete, and re-querying
 * after a cancelled removal, is this code's job.
 */
final class TargetCode {

	private final RemoteTargetDecl target;
	private final List<ConsumerCode> consumers;
	private final String prefix;

	/** {@code consumers}: the driver's consumers that query through this target. */
	TargetCode(Driver driver, RemoteTargetDecl target, List<ConsumerCode> consumers) {
		this.target = target;
		this.consumers = consumers;
		this.prefix = driver.getName() + "_" + target.getName();
	}

	/** The call that gets the target of a device (the driver's author implements it). */
	static String targetOf(Driver driver, RemoteTargetDecl target, String device) {
		return driver.getName() + "_" + target.getName() + "_Target(" + device + ")";
	}

	void append(DriverFiles files) {
		boolean byName = target.getOpenMode() == TargetOpenMode.BY_NAME;
		StringBuilder h = files.header;
		h.append("/* ==== remote I/O target ").append(target.getName()).append(": open ").append(target.getOpenMode().getLiteral())
				.append(target.isWithFileObject() ? " with file object" : "").append(" ==== */\n\n");
		h.append("/* You implement: the WDFIOTARGET (WdfIoTargetCreate) kept in Device's context. */\n");
		h.append("WDFIOTARGET ").append(prefix).append("_Target(_In_ WDFDEVICE Device);\n\n");
		h.append("/* Opens the target with the declared removal callbacks").append(byName ? "" : notificationsNote()).append(". */\n");
		h.append("_IRQL_requires_max_(PASSIVE_LEVEL)\nNTSTATUS ").append(prefix).append("_Open(").append(openParameters(true)).append(");\n\n");

		StringBuilder c = files.source;
		c.append("/* ==== remote I/O target ").append(target.getName()).append(" ==== */\n\n");
		for (TargetCallback callback : target.getCallbacks()) {
			appendCallback(c, callback);
		}
		c.append("_Use_decl_annotations_\nNTSTATUS ").append(prefix).append("_Open(").append(openParameters(false)).append(")\n{\n");
		c.append("    WDF_IO_TARGET_OPEN_PARAMS Params;\n\n    PAGED_CODE();\n");
		if (byName) {
			c.append("    WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&Params, TargetDeviceName, STANDARD_RIGHTS_ALL);\n");
		} else {
			c.append("    WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(&Params, TargetDeviceObject);\n");
			if (target.isWithFileObject()) {
				c.append("    /* With a file object the framework registers for removal notifications. */\n");
				c.append("    Params.TargetFileObject = TargetFileObject;\n");
			}
		}
		for (TargetEvent event : TargetEvent.values()) {
			if (callbackFor(event) != null) {
				c.append("    Params.").append(event.getLiteral()).append(" = ").append(callbackName(event)).append(";\n");
			} else {
				c.append("    /* ").append(event.getLiteral()).append(": not declared, the framework default applies (").append(defaultOf(event))
						.append("). */\n");
			}
		}
		c.append("    return WdfIoTargetOpen(Target, &Params);\n}\n\n");
	}

	private String notificationsNote() {
		return target.isWithFileObject() ? "" : " (without a file object no removal notification arrives)";
	}

	private String openParameters(boolean annotated) {
		String in = annotated ? "_In_ " : "";
		if (target.getOpenMode() == TargetOpenMode.BY_NAME) {
			return in + "WDFIOTARGET Target, " + in + "PCUNICODE_STRING TargetDeviceName";
		}
		return in + "WDFIOTARGET Target, " + in + "PDEVICE_OBJECT TargetDeviceObject"
				+ (target.isWithFileObject() ? ", " + in + "PFILE_OBJECT TargetFileObject" : "");
	}

	private static String defaultOf(TargetEvent event) {
		return switch (event) {
		case QUERY_REMOVE -> "close for query-remove; interfaces are NOT released";
		case REMOVE_COMPLETE -> "close; interfaces are NOT released";
		case REMOVE_CANCELED -> "reopen by name; interfaces are NOT re-queried";
		};
	}

	private TargetCallback callbackFor(TargetEvent event) {
		return target.getCallbacks().stream().filter(c -> c.getEvent() == event).findFirst().orElse(null);
	}

	private String callbackName(TargetEvent event) {
		return prefix + "_" + event.getLiteral();
	}

	private void appendCallback(StringBuilder c, TargetCallback callback) {
		TargetEvent event = callback.getEvent();
		boolean queryRemove = event == TargetEvent.QUERY_REMOVE;
		List<TargetAction> actions = callback.getActions();
		boolean needsDevice = actions.contains(TargetAction.RELEASE) || actions.contains(TargetAction.REQUERY);
		String type = switch (event) {
		case QUERY_REMOVE -> "EVT_WDF_IO_TARGET_QUERY_REMOVE";
		case REMOVE_COMPLETE -> "EVT_WDF_IO_TARGET_REMOVE_COMPLETE";
		case REMOVE_CANCELED -> "EVT_WDF_IO_TARGET_REMOVE_CANCELED";
		};
		String name = callbackName(event);
		c.append("static ").append(type).append(' ').append(name).append(";\n\n");
		c.append("_Use_decl_annotations_\nstatic ").append(queryRemove ? "NTSTATUS" : "VOID").append(' ').append(name)
				.append("(WDFIOTARGET IoTarget)\n{\n");
		if (needsDevice) {
			c.append("    WDFDEVICE Device = WdfIoTargetGetDevice(IoTarget);\n");
		}
		if (actions.contains(TargetAction.REOPEN)) {
			c.append("    WDF_IO_TARGET_OPEN_PARAMS Params;\n    NTSTATUS status;\n");
		}
		c.append("\n    UNREFERENCED_PARAMETER(IoTarget);\n");
		if (actions.isEmpty()) {
			c.append("    /* Declared 'none': the callback does nothing. */\n");
		}
		for (TargetAction action : actions) {
			switch (action) {
			case RELEASE -> {
				c.append("    /* release: drop every interface queried through this target. */\n");
				for (ConsumerCode consumer : consumers) {
					c.append("    ").append(consumer.prefix()).append("_Release(").append(consumer.stateOf("Device")).append(");\n");
				}
			}
			case CLOSE -> c.append(queryRemove ? "    WdfIoTargetCloseForQueryRemove(IoTarget);\n" : "    WdfIoTargetClose(IoTarget);\n");
			case REOPEN -> {
				c.append("    /* reopen with the stored parameters (works for targets opened by name). */\n");
				c.append("    WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(&Params);\n");
				c.append("    status = WdfIoTargetOpen(IoTarget, &Params);\n");
				c.append("    if (!NT_SUCCESS(status)) {\n        /* The target stays closed; nothing is re-queried. */\n");
				c.append(queryRemove ? "        return status;\n" : "        return;\n").append("    }\n");
			}
			case REQUERY -> {
				c.append("    /* requery: take the interfaces again (those released right after use are queried when used). */\n");
				for (ConsumerCode consumer : consumers) {
					if (!consumer.releasedAfterUse()) {
						c.append("    (VOID)").append(consumer.acquireCall("Device", "IoTarget")).append(";\n");
					}
				}
			}
			}
		}
		if (queryRemove) {
			c.append("    return STATUS_SUCCESS;\n");
		}
		c.append("}\n\n");
	}
}
