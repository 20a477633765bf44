/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.debug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.model.NtStatus;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.Hop;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.Stop;
import org.ddistudio.sim.Machine;
import org.ddistudio.sim.SentQuery;
import org.ddistudio.sim.SystemIndex;
import org.ddistudio.ui.launch.core.ElementLocation;
import org.eclipse.debug.core.model.IDebugTarget;

/**
 * The path of a query interface request as a call stack at the moment it was completed: the deepest
 * hop on top (where it was answered, rejected or otherwise completed), below it each device object it
 * passed on the way down, back to the top of the stack it entered, and at the bottom the consumer's
 * WdfFdoQueryForInterface or WdfIoTargetQueryForInterface call.
 * <p>
 * A PDO that sent the request to its parent's stack (SendQueryToParentStack) is one frame below the
 * parent stack's frames, labelled with the status it completed with once the parent answered: its
 * "back from the parent's stack" hop happens after the unwinding, so it is not a frame of its own.
 */
final class RequestPathFrames {

	/** The simulator's ABI: the Size of a registration's template as the simulator computed it. */
	private static final Abi ABI = Abi.X64;

	private RequestPathFrames() {
	}

	/** The frames of the request, top (deepest hop) first; the Variables view reads {@code state}, the state after the query's step. */
	static List<SimStackFrame> frames(StackThread thread, Machine state, SentQuery query) {
		QueryOutcome outcome = query.outcome();
		// what a PDO that went to its parent's stack completed with in the end
		Map<Stop, NtStatus> backFromParent = new HashMap<>();
		for (Hop hop : outcome.hops()) {
			if (hop.kind() == Hop.Kind.BACK_FROM_PARENT_STACK) {
				backFromParent.put(hop.stop(), hop.status());
			}
		}
		List<SimStackFrame> frames = new ArrayList<>();
		for (int i = outcome.hops().size() - 1; i >= 0; i--) {
			Hop hop = outcome.hops().get(i);
			if (hop.kind() != Hop.Kind.BACK_FROM_PARENT_STACK) {
				NtStatus status = backFromParent.getOrDefault(hop.stop(), hop.status());
				frames.add(new SimStackFrame(thread, layerName(hop.stop()) + ": " + happened(hop, outcome) + ", " + status.getName(),
						ElementLocation.of(hop.stop().layer()), hopVariables(thread.getDebugTarget(), state, hop, status, outcome.trace().get(i))));
			}
		}
		frames.add(callFrame(thread, state, query));
		return frames;
	}

	/** "Bus (pdo of Child)": a device object as the layer frames name it. */
	static String layerName(Stop stop) {
		StackLayer layer = stop.layer();
		return (layer.getDriver() == null ? "root" : layer.getDriver().getName()) + " (" + layer.getRole().getLiteral() + " of "
				+ stop.device().getName() + ")";
	}

	/** What the device object did, in a few words: "passed down", "answered", "rejected" ... */
	private static String happened(Hop hop, QueryOutcome outcome) {
		String onwards = hop.completes() ? "completed" : "passed down";
		return switch (hop.kind()) {
		case UNKNOWN_GUID -> hop.completes() ? "GUID unknown, completed" : "passed down";
		case MISMATCH -> "Size/Version mismatch, " + onwards;
		case REJECTED -> "rejected";
		case NOT_SUPPORTED -> "callback says not supported, " + onwards;
		case ANSWERED -> outcome.overwritten().contains(hop.stop()) ? "answered, overwritten below"
				: hop.completes() ? "answered" : "answered, passed down";
		case TO_PARENT_STACK -> "sent to the parent's stack, completed";
		case BACK_FROM_PARENT_STACK -> "back from the parent's stack";
		};
	}

	private static List<SimVariable> hopVariables(IDebugTarget target, Machine state, Hop hop, NtStatus status, String line) {
		SystemIndex index = state.index();
		List<SimVariable> variables = new ArrayList<>();
		int device = index.deviceId(hop.stop().device());
		if (device >= 0) {
			variables.add(new SimVariable(target, "device " + hop.stop().device().getName(), state.device(device).toString()));
		}
		variables.add(new SimVariable(target, "status after it", status.getName()));
		variables.add(new SimVariable(target, "what happened", line));
		Producer producer = hop.registration();
		if (producer == null) {
			variables.add(new SimVariable(target, "registration", "none of this GUID"));
			return variables;
		}
		variables.add(registration(target, producer));
		for (int registration : index.registrationsOf(device)) {
			SystemIndex.RegSlot slot = index.registrations().get(registration);
			if (slot.stackLayer() == hop.stop().layer() && slot.producer() == producer) {
				variables.add(new SimVariable(target, "references to " + producer.getInterface().getName(), String.valueOf(state.references(registration))));
			}
		}
		return variables;
	}

	/** The registration checked at the hop, with its template's Size and Version (what R3 compared). */
	private static SimVariable registration(IDebugTarget target, Producer producer) {
		String name = producer.getInterface().getName();
		if (producer.isNullTemplate()) {
			return new SimVariable(target, "registration", name + ", Interface NULL");
		}
		String size;
		try {
			size = String.valueOf(InterfaceLayout.compute(producer.getInterface(), ABI).size());
		} catch (LayoutException e) {
			size = "not computable: " + e.getMessage();
		}
		int version = producer.getInterface().getVersion();
		return new SimVariable(target, "registration", name + ", Size " + size + ", Version " + version,
				List.of(new SimVariable(target, "Size", size), new SimVariable(target, "Version", String.valueOf(version))));
	}

	/** The bottom frame: the consumer's call, at the consumer's declaration, with its buffer as it is now. */
	private static SimStackFrame callFrame(StackThread thread, Machine state, SentQuery query) {
		IDebugTarget target = thread.getDebugTarget();
		String iface = query.consumer().getInterface().getName();
		List<SimVariable> variables = new ArrayList<>();
		variables.add(new SimVariable(target, "entered", "the top of " + query.entered().getName() + "'s stack"));
		variables.add(new SimVariable(target, "Size requested", String.valueOf(query.size())));
		variables.add(new SimVariable(target, "Version requested", String.valueOf(query.version())));
		variables.add(new SimVariable(target, "status", query.outcome().status().getName()));
		int holding = state.index().holdingId(query.device(), query.consumer());
		if (holding >= 0) {
			variables.add(StopFrames.buffer(target, state, holding, query.consumer()));
		}
		return new SimStackFrame(thread, query.call() + "(" + iface + ", Size " + query.size() + ", Version " + query.version() + ") from "
				+ query.device().getName() + ": " + query.outcome().status().getName(), ElementLocation.of(query.consumer()), variables);
	}
}
