/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.TargetOpenMode;
import org.ddistudio.sim.SystemIndex.TargetSlot;
import org.eclipse.emf.ecore.EObject;

/**
 * KMDF remote I/O targets (wdf-semantics.md §4.3): opened when their owner starts, the target-device
 * notifications they register for (by name or with a file object), the driver's callbacks or the
 * framework's defaults on query-remove, remove-complete and remove-cancelled (§4.2: who gets which
 * notification), and the handle an open target keeps on the device it is opened to.
 */
final class RemoteTargets {

	private final SimulationState state;
	private final SystemIndex index;
	private final Journal journal;
	private final InterfaceReferences references;
	private final InterfaceQueries queries;

	RemoteTargets(SimulationState state, Journal journal, InterfaceReferences references, InterfaceQueries queries) {
		this.state = state;
		this.index = state.index;
		this.journal = journal;
		this.references = references;
		this.queries = queries;
	}

	/** The started device creates its targets, in declaration order, and opens them. */
	void openOwnedBy(int owner) {
		for (int target : index.targetsOwnedBy(owner)) {
			state.openTargetObject(target);
			open(index.targets().get(target));
		}
	}

	private void open(TargetSlot target) {
		Device to = target.binding().getDevice();
		int toId = state.id(to);
		if (state.present(toId) && state.pnp[toId] == SimulationState.STARTED) {
			state.target[target.id()] = SimulationState.OPEN;
			journal.log(1, () -> target.ownerDevice().getName() + " opens remote target " + target.binding().getTarget().getName() + " to "
					+ to.getName(), target.binding());
		} else {
			state.target[target.id()] = SimulationState.CLOSED;
			journal.log(1, () -> target.ownerDevice().getName() + ": WdfIoTargetOpen(" + target.binding().getTarget().getName() + ") fails: "
					+ to.getName() + " is not started", target.binding());
		}
	}

	/** Delivers a target-device notification to the target: its driver's callback, or the framework's default. */
	void notify(int target, TargetEvent event, EObject source) {
		if (!hasNotifications(target)) {
			return;
		}
		byte current = state.target[target];
		boolean relevant = switch (event) {
		case QUERY_REMOVE, REMOVE_COMPLETE -> current == SimulationState.OPEN || current == SimulationState.CLOSED_FOR_QUERY_REMOVE;
		// §4.2/§4.3: remove-cancelled goes to every registrant, like query-remove; a callback that did not close
		// the target on query-remove still gets EvtIoTargetRemoveCanceled (e.g. to requery what it released)
		case REMOVE_CANCELED -> current == SimulationState.OPEN || current == SimulationState.CLOSED_FOR_QUERY_REMOVE;
		};
		if (!relevant) {
			return;
		}
		TargetSlot slot = index.targets().get(target);
		TargetCallback callback = slot.binding().getTarget().getCallbacks().stream().filter(c -> c.getEvent() == event).findFirst().orElse(null);
		Supplier<String> who = () -> slot.ownerDevice().getName() + "'s target " + slot.binding().getTarget().getName();
		if (callback == null) {
			journal.log(1, () -> who.get() + ": no " + event.getLiteral() + ", framework default", source);
			switch (event) {
			case QUERY_REMOVE -> state.target[target] = SimulationState.CLOSED_FOR_QUERY_REMOVE;
			case REMOVE_COMPLETE -> state.target[target] = SimulationState.CLOSED;
			case REMOVE_CANCELED -> {
				// choice: the default reopen of a target that is still open has nothing to reopen
				if (state.target[target] == SimulationState.CLOSED_FOR_QUERY_REMOVE) {
					reopen(target, false, source);
				}
			}
			}
			return;
		}
		journal.log(1, () -> who.get() + ": " + event.getLiteral(), callback);
		for (TargetAction action : callback.getActions()) {
			switch (action) {
			case RELEASE -> releaseThrough(slot, callback);
			case CLOSE -> state.target[target] = event == TargetEvent.QUERY_REMOVE ? SimulationState.CLOSED_FOR_QUERY_REMOVE : SimulationState.CLOSED;
			case REOPEN -> reopen(target, true, callback);
			case REQUERY -> requeryThrough(slot, callback);
			}
		}
	}

	private void reopen(int target, boolean explicit, EObject source) {
		TargetSlot slot = index.targets().get(target);
		if (slot.binding().getTarget().getOpenMode() != TargetOpenMode.BY_NAME) {
			journal.log(2, () -> (explicit ? "WdfIoTargetOpen(REOPEN)" : "default reopen")
					+ " fails with STATUS_INVALID_DEVICE_REQUEST: only targets opened by name can be reopened", source);
			state.target[target] = SimulationState.CLOSED;
			return;
		}
		state.target[target] = SimulationState.OPEN;
		journal.log(2, () -> "target " + slot.binding().getTarget().getName() + " reopened", source);
	}

	private void releaseThrough(TargetSlot target, EObject source) {
		List<Integer> held = new ArrayList<>();
		for (int i = 0; i < state.holdCount; i++) {
			int holding = state.holdOrder[i];
			if (index.holdings().get(holding).device() == target.owner()) {
				held.add(holding);
			}
		}
		for (int holding : held) {
			Consumer consumer = index.holdings().get(holding).consumer();
			if (consumer.getTarget() == target.binding().getTarget() && state.hold[holding] == SimulationState.HELD) {
				references.release(target.ownerDevice(), consumer, source);
			}
		}
	}

	private void requeryThrough(TargetSlot target, EObject source) {
		if (state.target[target.id()] != SimulationState.OPEN) {
			return;
		}
		for (Consumer consumer : StepConsumers.of(target.ownerDevice())) {
			if (consumer.getTarget() == target.binding().getTarget()) {
				int holding = index.holdingId(target.ownerDevice(), consumer);
				if (holding < 0 || state.hold[holding] != SimulationState.HELD) {
					queries.acquire(target.ownerDevice(), consumer, null, null, source);
				}
			}
		}
	}

	private boolean hasNotifications(int target) {
		return hasNotifications(index.targets().get(target));
	}

	/** Opened by name or with a file object, the target registers for target-device notifications (§4.3). */
	static boolean hasNotifications(TargetSlot target) {
		return target.binding().getTarget().getOpenMode() == TargetOpenMode.BY_NAME || target.binding().getTarget().isWithFileObject();
	}

	/** Opened by name or with a file object, the target holds a handle (file object) to the device. */
	boolean hasHandle(int target) {
		return hasNotifications(target);
	}

	/** The targets opened to a device whose owners are present, in the order they were opened. */
	int[] targetsTo(int device) {
		int[] bound = index.targetsTo(device);
		if (bound.length == 0) {
			return bound;
		}
		int[] out = new int[bound.length];
		int n = 0;
		for (int target : bound) {
			if (state.target[target] != SimulationState.NO_TARGET && state.present(index.targets().get(target).owner())) {
				// insertion sort by the order the targets were opened in
				int at = n++;
				while (at > 0 && state.targetPosition[out[at - 1]] > state.targetPosition[target]) {
					out[at] = out[at - 1];
					at--;
				}
				out[at] = target;
			}
		}
		return n == out.length ? out : Arrays.copyOf(out, n);
	}
}
