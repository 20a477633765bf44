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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.PnpEventKind;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.sim.SystemIndex.HoldSlot;
import org.ddistudio.sim.SystemIndex.RegSlot;
import org.ddistudio.sim.SystemIndex.TargetSlot;
import org.eclipse.emf.ecore.EObject;

/**
 * PnP removal (wdf-semantics.md §4.2): query-remove parent before children with its target-device
 * notifications first and the vetoes of producers with outstanding references and of open handles (R7),
 * cancel-remove, removal children first, surprise removal waiting for open handles, and what removal
 * leaves behind: interfaces never released, producer contexts freed with references outstanding, driver
 * images unloaded with their last device.
 */
final class PnpRemoval {

	private final SimulationState state;
	private final SystemIndex index;
	private final Journal journal;
	private final InterfaceReferences references;
	private final RemoteTargets targets;
	private final DriverImages images;

	PnpRemoval(SimulationState state, Journal journal, InterfaceReferences references, RemoteTargets targets, DriverImages images) {
		this.state = state;
		this.index = state.index;
		this.journal = journal;
		this.references = references;
		this.targets = targets;
		this.images = images;
	}

	/** A PnP removal event on a device, with the scenario's expectation on whether it is vetoed. */
	void pnp(SimEvent.Pnp pnp) {
		Device device = pnp.device();
		int id = state.id(device);
		journal.log(0, () -> pnp.kind().getLiteral() + " " + device.getName() + (pnp.vetoedBy() == null ? "" : " vetoed by " + pnp.vetoedBy().getName()),
				pnp.source());
		if (!state.present(id)) {
			journal.log(1, () -> device.getName() + " is not present: nothing happens", pnp.source());
			return;
		}
		Boolean vetoed = null;
		switch (pnp.kind()) {
		case QUERY_REMOVE -> vetoed = queryRemove(id, pnp.vetoedBy(), pnp.source());
		case CANCEL_REMOVE -> {
			// §4.2: IRP_MN_CANCEL_REMOVE_DEVICE only follows a query-remove: without one pending nothing is sent
			List<Integer> pending = subtree(id, true).stream().filter(d -> state.pnp[d] == SimulationState.QUERY_REMOVED).toList();
			if (pending.isEmpty()) {
				journal.log(1, () -> "no query-remove pending on " + device.getName() + ": nothing to cancel", pnp.source());
			}
			cancelRemove(pending, pending, pnp.source());
		}
		case REMOVE -> {
			boolean pending = state.pnp[id] == SimulationState.QUERY_REMOVED;
			vetoed = pending ? Boolean.FALSE : queryRemove(id, pnp.vetoedBy(), pnp.source());
			if (!vetoed) {
				remove(id, false, pnp.source());
			}
		}
		case SURPRISE_REMOVE -> remove(id, true, pnp.source());
		}
		if (pnp.expectVetoed() != null && vetoed != null && !pnp.expectVetoed().equals(vetoed)) {
			journal.expectationFailed("expected the removal to be " + (pnp.expectVetoed() ? "vetoed" : "not vetoed") + ", it was "
					+ (vetoed ? "vetoed" : "not vetoed"), pnp.source());
		} else if (vetoed != null && vetoed && pnp.expectVetoed() == null && pnp.kind() == PnpEventKind.REMOVE) {
			journal.finding(FindingKind.REMOVAL_VETOED, device.getName()
					+ " cannot be removed: its query-remove is vetoed (see the trace); the device stays until reboot", pnp.source());
		}
	}

	/**
	 * Query-remove parent before children (§4.2); a veto cancels everything already queried. Returns whether vetoed.
	 * Windows (documented) order, chosen over ReactOS's: GUID_TARGET_DEVICE_QUERY_REMOVE goes to the registrants of
	 * every device of the removal set before the first IRP_MN_QUERY_REMOVE_DEVICE, so a consumer that releases in a
	 * child's notification has released before the parent's producer is asked.
	 */
	private boolean queryRemove(int root, Driver forcedVeto, EObject source) {
		List<Integer> subtree = subtree(root, true).stream().filter(state::present).toList();
		for (int device : subtree) {
			for (int target : targets.targetsTo(device)) {
				targets.notify(target, TargetEvent.QUERY_REMOVE, source);
			}
		}
		List<Integer> queried = new ArrayList<>();
		for (int device : subtree) {
			queried.add(device);
			String veto = vetoOf(device, forcedVeto);
			Device d = index.device(device);
			if (veto != null) {
				journal.log(1, () -> "IRP_MN_QUERY_REMOVE_DEVICE on " + d.getName() + " fails: " + veto, source);
				cancelRemove(queried, subtree, source);
				return true;
			}
			state.pnp[device] = SimulationState.QUERY_REMOVED;
			journal.log(1, () -> "IRP_MN_QUERY_REMOVE_DEVICE on " + d.getName() + " succeeds", source);
		}
		return false;
	}

	private String vetoOf(int device, Driver forcedVeto) {
		for (StackLayer layer : index.device(device).getLayers()) {
			if (forcedVeto != null && layer.getDriver() == forcedVeto) {
				return forcedVeto.getName() + " vetoes (scenario)";
			}
		}
		for (int registration : index.registrationsOf(device)) {
			RegSlot slot = references.reg(registration);
			if (state.registered(registration) && slot.producer().isVetoQueryRemove() && references.counted(registration)
					&& state.references[registration] > 0) {
				return slot.driver().getName() + " vetoes: " + state.references[registration] + " reference(s) to "
						+ slot.producer().getInterface().getName() + " outstanding";
			}
		}
		for (int target : targets.targetsTo(device)) {
			if (state.target[target] == SimulationState.OPEN && targets.hasHandle(target)) {
				TargetSlot slot = index.targets().get(target);
				return "remote target " + slot.binding().getTarget().getName() + " of " + slot.ownerDevice().getName() + " still has the device open";
			}
		}
		return null;
	}

	/**
	 * IRP_MN_CANCEL_REMOVE_DEVICE to every device that was queried, the one that failed included (§4.2), then
	 * GUID_TARGET_DEVICE_REMOVE_CANCELLED (delivered after the cancel IRP completes) to the registrants of every
	 * device that got the query-remove notification.
	 */
	private void cancelRemove(List<Integer> queried, List<Integer> notified, EObject source) {
		for (int device : queried) {
			if (state.pnp[device] == SimulationState.QUERY_REMOVED || state.pnp[device] == SimulationState.STARTED) {
				state.pnp[device] = SimulationState.STARTED;
				journal.log(1, () -> "IRP_MN_CANCEL_REMOVE_DEVICE on " + index.device(device).getName(), source);
			}
		}
		for (int device : notified) {
			for (int target : targets.targetsTo(device)) {
				targets.notify(target, TargetEvent.REMOVE_CANCELED, source);
			}
		}
	}

	/** Removal children first (§4.2); surprise removal sends no query-remove and waits for open handles. */
	private void remove(int root, boolean surprise, EObject source) {
		List<Integer> subtree = subtree(root, false).stream().filter(state::present).toList();
		if (surprise) {
			// §4.2: the whole subtree is gone, so every device of it gets IRP_MN_SURPRISE_REMOVAL and its
			// registrants remove-complete, even when the remove IRP of one of them will never come
			for (int device : subtree) {
				if (state.pnp[device] != SimulationState.SURPRISE_REMOVED) {
					state.pnp[device] = SimulationState.SURPRISE_REMOVED;
					journal.log(1, () -> "IRP_MN_SURPRISE_REMOVAL on " + index.device(device).getName(), source);
					for (int target : targets.targetsTo(device)) {
						targets.notify(target, TargetEvent.REMOVE_COMPLETE, source);
					}
				}
			}
		}
		for (int device : subtree) {
			if (!surprise) {
				for (int target : targets.targetsTo(device)) {
					targets.notify(target, TargetEvent.REMOVE_COMPLETE, source);
				}
			}
			if (surprise && blocked(device)) {
				continue;
			}
			// a parent's IRP_MN_REMOVE_DEVICE follows its children's: a child still waiting for its handles holds it
			// (choice: siblings of a blocked device are removed; the spec does not say otherwise)
			if (hasPresentChild(device)) {
				journal.log(1, () -> "IRP_MN_REMOVE_DEVICE for " + index.device(device).getName() + " waits: a child of it is not removed", source);
				continue;
			}
			removeDevice(device, source);
		}
		images.unloadIdle();
	}

	/** After surprise removal IRP_MN_REMOVE_DEVICE comes only when every handle is closed (§4.2). */
	private boolean blocked(int device) {
		for (int target : targets.targetsTo(device)) {
			if (state.target[target] == SimulationState.OPEN && targets.hasHandle(target)) {
				TargetSlot slot = index.targets().get(target);
				journal.finding(FindingKind.REMOVAL_BLOCKED, "IRP_MN_REMOVE_DEVICE for " + index.device(device).getName() + " never comes: remote target "
						+ slot.binding().getTarget().getName() + " of " + slot.ownerDevice().getName() + " keeps it open after remove-complete",
						slot.binding().getTarget());
				return true;
			}
		}
		return false;
	}

	private boolean hasPresentChild(int device) {
		for (int child : index.children(device)) {
			if (state.present(child)) {
				return true;
			}
		}
		return false;
	}

	private void removeDevice(int id, EObject source) {
		Device device = index.device(id);
		journal.log(1, () -> "IRP_MN_REMOVE_DEVICE on " + device.getName(), source);
		for (int i = 0; i < state.holdCount; i++) {
			int holding = state.holdOrder[i];
			HoldSlot slot = index.holdings().get(holding);
			if (slot.device() != id || state.hold[holding] != SimulationState.HELD) {
				continue;
			}
			Consumer consumer = slot.consumer();
			if (consumer.getRelease() == ReleasePoint.RELEASE_HARDWARE) {
				references.release(device, consumer, consumer);
			} else if (!state.reportedNeverReleased[holding]) {
				state.reportedNeverReleased[holding] = true;
				int answer = state.answer[holding];
				journal.finding(FindingKind.NEVER_RELEASED, device.getName() + " is removed while " + StepConsumers.driverOf(consumer).getName()
						+ " still holds " + consumer.getInterface().getName() + " from " + references.reg(answer).driver().getName()
						+ ": InterfaceDereference is never called" + (references.counted(answer) ? " and the count never returns to zero" : ""),
						consumer);
			}
		}
		for (int target : index.targetsOwnedBy(id)) {
			if (state.target[target] != SimulationState.NO_TARGET) {
				state.target[target] = SimulationState.CLOSED; // the driver's targets are deleted with its device
			}
		}
		for (int registration : index.registrationsOf(id)) {
			if (!state.registered(registration)) {
				continue;
			}
			int outstanding = state.references[registration] - heldByRemovedHolders(registration);
			if (references.counted(registration) && outstanding > 0) {
				RegSlot slot = references.reg(registration);
				journal.finding(FindingKind.REFERENCES_OUTSTANDING, slot.driver().getName() + "'s " + slot.producer().getInterface().getName()
						+ " on " + device.getName() + " is freed with " + outstanding
						+ " reference(s) outstanding: its holders keep pointers into freed memory", slot.producer());
			}
			state.freed[registration] = true;
		}
		state.pnp[id] = SimulationState.REMOVED;
	}

	/**
	 * The references to a registration held by device objects deleted before its producer's: no holder is
	 * left to use them, so they are not outstanding when the producer goes (never released is reported on
	 * the holder's removal). wdf-semantics.md §4.2: "remove is post-order (children first); inside one
	 * stack each IRP enters at the top and goes down", so a holder on a device already removed (a child
	 * of the producer's, or any device removed earlier), or above the
	 * producer in the same stack (the PCIDRV FDO holding its own PDO's BUS_INTERFACE_STANDARD, §2.2:
	 * "harmless only because the producer is the own PDO"), is gone first.
	 */
	private int heldByRemovedHolders(int registration) {
		RegSlot producer = references.reg(registration);
		int gone = 0;
		for (int i = 0; i < state.holdCount; i++) {
			int holding = state.holdOrder[i];
			if (state.hold[holding] != SimulationState.HELD || state.answer[holding] != registration) {
				continue;
			}
			HoldSlot holder = index.holdings().get(holding);
			boolean holderRemoved = holder.device() != producer.device() && state.pnp[holder.device()] == SimulationState.REMOVED;
			if (holderRemoved || holder.device() == producer.device() && above(holder, producer)) {
				gone++;
			}
		}
		return gone;
	}

	/** Whether the holder's layer is above the producer's in their common stack, so it is removed first. */
	private boolean above(HoldSlot holder, RegSlot producer) {
		Driver driver = StepConsumers.driverOf(holder.consumer());
		for (StackLayer layer : index.topDown(producer.device())) {
			if (layer == producer.stackLayer()) {
				return false;
			}
			if (layer.getDriver() == driver && layer.getRole() != LayerRole.PDO) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The device and its descendants, parent before children (pre-order) or children first
	 * (post-order), walked on a stack of its own: a tree ten thousand devices deep must not overflow
	 * the thread's.
	 */
	private List<Integer> subtree(int root, boolean preOrder) {
		List<Integer> result = new ArrayList<>();
		boolean[] seen = new boolean[index.devices().size()];
		Deque<int[]> stack = new ArrayDeque<>(); // {device, index of its next child}
		seen[root] = true;
		if (preOrder) {
			result.add(root);
		}
		stack.push(new int[] { root, 0 });
		while (!stack.isEmpty()) {
			int[] top = stack.peek();
			int[] children = index.children(top[0]);
			if (top[1] < children.length) {
				int child = children[top[1]++];
				if (!seen[child]) {
					seen[child] = true;
					if (preOrder) {
						result.add(child);
					}
					stack.push(new int[] { child, 0 });
				}
			} else {
				stack.pop();
				if (!preOrder) {
					result.add(top[0]);
				}
			}
		}
		return result;
	}
}
