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
import java.util.List;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.Machine;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioStepper;
import org.ddistudio.sim.SentQuery;
import org.ddistudio.sim.SimEvent;
import org.ddistudio.sim.SystemIndex;
import org.ddistudio.sim.TraceEntry;
import org.ddistudio.ui.launch.core.ElementLocation;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What the Debug and Variables views show at one stop, built in the simulation's thread from a snapshot
 * of the state (so the views never read a state that changes under them, and never walk a node model
 * on the UI thread). Each device is a thread; its frames, top first:
 * <ol>
 * <li>on the device the next event addresses only: that step, about to run (so stepping shows its line);</li>
 * <li>if the step just run sent a query interface request from this device (a query, an acquire, a start
 * that acquires, a requery through a reopened target): the request's path as a call stack at the moment
 * it was completed (see {@link RequestPathFrames}), ending in the consumer's call; the last request when
 * it sent several;</li>
 * <li>otherwise: its stack's layers top down with PnP state, image, reference counts and consumers' buffers.</li>
 * </ol>
 */
final class StopFrames {

	/**
	 * What the simulation stopped at.
	 *
	 * @param plan   the scenario
	 * @param state  a snapshot of the state before the next event
	 * @param next   the event about to run
	 * @param number its 1-based number
	 * @param last   what the previous event did, or null at the start
	 */
	record Stop(ScenarioPlan plan, Machine state, SimEvent next, int number, ScenarioStepper.Step last) {
	}

	private StopFrames() {
	}

	/** The device the event addresses (the thread that stops), or null for system-wide events. */
	static Device deviceOf(SimEvent event) {
		return switch (event) {
		case SimEvent.Start e -> e.device();
		case SimEvent.Query e -> e.device();
		case SimEvent.Call e -> e.device();
		case SimEvent.Release e -> e.device();
		case SimEvent.Pnp e -> e.device();
		case SimEvent.ReferenceCheck e -> e.device();
		case SimEvent.Acquire e -> e.device();
		case SimEvent.Use e -> e.device();
		default -> null;
		};
	}

	/** "Child (STARTED)": a thread's label at a stop. */
	static String label(Stop stop, int device) {
		return stop.state().index().device(device).getName() + " (" + stop.state().device(device) + ")";
	}

	/** The frames of a device's thread; {@code withStep}: the step about to run on top. */
	static List<SimStackFrame> frames(StackThread thread, Stop stop, int device, boolean withStep) {
		List<SimStackFrame> frames = new ArrayList<>();
		if (withStep) {
			frames.add(stepFrame(thread, stop));
		}
		Device object = stop.state().index().device(device);
		SentQuery query = lastQueryFrom(stop.last(), object);
		if (query != null) {
			frames.addAll(RequestPathFrames.frames(thread, stop.state(), query));
			return frames;
		}
		for (StackLayer layer : QueryRouter.topDown(object)) {
			String driver = layer.getDriver() == null ? "root" : layer.getDriver().getName();
			frames.add(new SimStackFrame(thread, driver + " (" + layer.getRole().getLiteral() + " of " + object.getName() + ")",
					ElementLocation.of(layer), layerVariables(thread.getDebugTarget(), stop.state(), device, layer)));
		}
		return frames;
	}

	/** The last request the step sent from the device, or null (no step yet, or it sent none from there). */
	static SentQuery lastQueryFrom(ScenarioStepper.Step last, Device device) {
		if (last == null) {
			return null;
		}
		SentQuery found = null;
		for (SentQuery query : last.queries()) {
			if (query.device() == device) {
				found = query;
			}
		}
		return found;
	}

	private static SimStackFrame stepFrame(StackThread thread, Stop stop) {
		IDebugTarget target = thread.getDebugTarget();
		List<SimVariable> variables = new ArrayList<>();
		variables.add(new SimVariable(target, "scenario", stop.plan().name()));
		variables.add(new SimVariable(target, "step", stop.number() + " of " + stop.plan().events().size()));
		ScenarioStepper.Step last = stop.last();
		if (last != null) {
			List<SimVariable> lines = new ArrayList<>();
			for (TraceEntry entry : last.trace()) {
				lines.add(new SimVariable(target, String.valueOf(lines.size() + 1), "  ".repeat(Math.max(0, entry.depth())) + entry.text()));
			}
			variables.add(new SimVariable(target, "previous step", "step " + last.number() + ": " + lines.size() + " trace line(s)", lines));
			List<SimVariable> findings = new ArrayList<>();
			for (Finding finding : last.findings()) {
				findings.add(new SimVariable(target, finding.kind().code(), finding.message()));
			}
			variables.add(new SimVariable(target, "findings of the previous step", String.valueOf(findings.size()), findings));
		}
		return new SimStackFrame(thread, "step " + stop.number() + ": " + text(stop.next()), ElementLocation.of(stop.next().source()), variables);
	}

	private static List<SimVariable> layerVariables(IDebugTarget target, Machine state, int device, StackLayer layer) {
		SystemIndex index = state.index();
		List<SimVariable> variables = new ArrayList<>();
		variables.add(new SimVariable(target, "device", state.device(device).toString()));
		Driver driver = layer.getDriver();
		int driverId = index.driverId(driver);
		if (driverId >= 0) {
			variables.add(new SimVariable(target, "image of " + driver.getName(), state.loaded(driverId) ? "loaded" : "not loaded"));
		}
		for (int registration : index.registrationsOf(device)) {
			SystemIndex.RegSlot slot = index.registrations().get(registration);
			if (slot.stackLayer() == layer) {
				variables.add(new SimVariable(target, "references to " + slot.producer().getInterface().getName(),
						String.valueOf(state.references(registration))));
			}
		}
		for (int holding : index.holdingsOf(device)) {
			Consumer consumer = index.holdings().get(holding).consumer();
			if (driver != null && consumer.eContainer() == driver) {
				variables.add(buffer(target, state, holding, consumer));
			}
		}
		return variables;
	}

	/** A consumer's interface buffer: what it holds, whose Context, how many bytes of which version. */
	static SimVariable buffer(IDebugTarget target, Machine state, int holding, Consumer consumer) {
		Machine.HoldState hold = state.holding(holding);
		int answeredBy = state.answeredBy(holding);
		String from = answeredBy < 0 ? "nobody" : state.index().device(answeredBy).getName();
		List<SimVariable> parts = new ArrayList<>();
		parts.add(new SimVariable(target, "state", hold.toString()));
		parts.add(new SimVariable(target, "answered by", from));
		parts.add(new SimVariable(target, "Size", String.valueOf(state.returnedSize(holding))));
		parts.add(new SimVariable(target, "Version", String.valueOf(state.returnedVersion(holding))));
		String summary = hold == Machine.HoldState.NONE ? "empty (never queried)"
				: hold + " from " + from + ", Size " + state.returnedSize(holding) + ", Version " + state.returnedVersion(holding);
		return new SimVariable(target, "buffer for " + consumer.getInterface().getName(), summary, parts);
	}

	/** The step as written in the .ddi file (first line), or the kind of a generated event. */
	static String text(SimEvent event) {
		EObject source = event.source();
		if (source instanceof org.ddistudio.model.Step) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(source);
			if (node != null) {
				return NodeModelUtils.getTokenText(node).lines().findFirst().orElse("").trim();
			}
		}
		return event.getClass().getSimpleName();
	}
}
