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

import java.util.Objects;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.DriverFramework;
import org.ddistudio.model.Member;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.Producers;
import org.ddistudio.sim.SystemIndex.HoldSlot;
import org.ddistudio.sim.SystemIndex.RegSlot;
import org.eclipse.emf.ecore.EObject;

/**
 * What a consumer does with the interface it holds, and the producers' reference counts: InterfaceReference
 * when a producer fills the buffer (wdf-semantics.md §1.2 step 6, R5), calls through the routines it
 * filled and InterfaceDereference (R5; §1.1 for KMDF's no-op reference routines), and the bug checks a call
 * into a producer that is gone raises (R8, §5: 0xCE, 0x50, 0x7E).
 */
final class InterfaceReferences {

	private final SimulationState state;
	private final SystemIndex index;
	private final Journal journal;

	InterfaceReferences(SimulationState state, Journal journal) {
		this.state = state;
		this.index = state.index;
		this.journal = journal;
	}

	// ------------------------------------------------------------------ events

	/** Every consumer holding an interface calls the routines it uses. */
	void callAll(SimEvent.CallAll callAll) {
		journal.log(0, () -> "every consumer holding an interface calls the routines it uses", callAll.source());
		for (int slot : holdingsInOrder()) {
			HoldSlot holding = index.holdings().get(slot);
			if (state.hold[slot] == SimulationState.HELD && state.present(holding.device())) {
				for (Member member : holding.consumer().getUses()) {
					call(holding.deviceObject(), holding.consumer(), member, callAll.source());
				}
			}
		}
	}

	/** Holdings grouped by device in the order each device first held something, then in creation order. */
	private int[] holdingsInOrder() {
		int[] out = new int[state.holdCount];
		int n = 0;
		boolean[] done = new boolean[index.devices().size()];
		for (int i = 0; i < state.holdCount; i++) {
			int device = index.holdings().get(state.holdOrder[i]).device();
			if (done[device]) {
				continue;
			}
			done[device] = true;
			for (int j = i; j < state.holdCount; j++) {
				if (index.holdings().get(state.holdOrder[j]).device() == device) {
					out[n++] = state.holdOrder[j];
				}
			}
		}
		return out;
	}

	/** One consumer calls every routine it uses. */
	void use(SimEvent.Use use) {
		journal.log(0, () -> use.device().getName() + ": " + StepConsumers.driverOf(use.consumer()).getName() + " calls what it uses of "
				+ use.consumer().getInterface().getName(), use.source());
		for (Member member : use.consumer().getUses()) {
			call(use.device(), use.consumer(), member, use.source());
		}
	}

	/** A scenario's call of one routine. */
	void call(SimEvent.Call call) {
		Consumer consumer = StepConsumers.find(call.device(), call.driver(), call.iface(), call.source(), journal);
		journal.log(0, () -> call.device().getName() + " calls " + call.routine().getName() + " of " + call.iface().getName(), call.source());
		if (consumer != null) {
			call(call.device(), consumer, call.routine(), call.source());
		}
	}

	/** A scenario's InterfaceDereference. */
	void release(SimEvent.Release release) {
		Consumer consumer = StepConsumers.find(release.device(), release.driver(), release.iface(), release.source(), journal);
		journal.log(0, () -> release.device().getName() + " releases " + release.iface().getName(), release.source());
		if (consumer != null) {
			release(release.device(), consumer, release.source());
		}
	}

	/** A scenario's expectation on the outstanding references of a producer's interface on a device. */
	void check(SimEvent.ReferenceCheck check) {
		journal.log(0, () -> "expect references of " + check.iface().getName() + " on " + check.device().getName() + " = " + check.count(),
				check.source());
		String guid = Guids.normalize(Interfaces.effectiveGuid(check.iface()));
		int actual = 0;
		boolean found = false;
		int device = state.id(check.device());
		if (device >= 0) {
			for (int registration : index.registrationsOf(device)) {
				if (state.registered(registration) && Objects.equals(guid, reg(registration).guid())) {
					actual += state.references[registration];
					found = true;
				}
			}
		}
		if (!found || actual != check.count()) {
			journal.expectationFailed("expected " + check.count() + " reference(s), " + (found ? "found " + actual : "no producer of it on the device"),
					check.source());
		}
	}

	// ------------------------------------------------------------------ semantics

	/** A consumer that releases right after use calls what it uses, then releases, in the same callback. */
	void afterUse(Device device, Consumer consumer, EObject source) {
		int holding = index.holdingId(device, consumer);
		if (holding < 0 || state.hold[holding] != SimulationState.HELD || consumer.getRelease() != ReleasePoint.AFTER_USE) {
			return;
		}
		for (Member member : consumer.getUses()) {
			call(device, consumer, member, source);
		}
		release(device, consumer, source);
	}

	private void call(Device device, Consumer consumer, Member member, EObject source) {
		int holding = index.holdingId(device, consumer);
		String name = member.getName();
		if (holding < 0 || state.hold[holding] == SimulationState.NONE) {
			journal.crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, consumer.getInterface().getName() + "." + name
					+ " called through a buffer that no query ever filled: the routine pointer is NULL", source, consumer);
		}
		long end = memberEnd(consumer, member);
		if (end > state.returnedSize[holding]) {
			journal.crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, name + " lies beyond the " + state.returnedSize[holding]
					+ " bytes the producer returned (version " + state.returnedVersion[holding] + "): its pointer was never filled", source, consumer);
		}
		if (state.hold[holding] == SimulationState.RELEASED) {
			journal.finding(FindingKind.USE_AFTER_RELEASE, device.getName() + " calls " + name + " after releasing "
					+ consumer.getInterface().getName() + " (R5: no routine may be called after InterfaceDereference)", source);
		}
		int answer = state.answer[holding];
		checkProducerCode(answer, reg(answer).driver(), name, source, consumer);
		journal.log(1, () -> device.getName() + " calls " + name + " in " + reg(answer).driver().getName(), source);
	}

	/** Calling into the producer: its image must be loaded and its context alive. */
	private void checkProducerCode(int answer, Driver code, String routine, EObject source, EObject culprit) {
		if (state.image(code) == SimulationState.UNLOADED) {
			journal.crash(BugCheck.DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine + " is code of " + code.getName()
					+ ", which has been unloaded: the call faults in an unloaded driver image (R8)", source, culprit);
		}
		if (state.freed[answer]) {
			journal.crash(BugCheck.PAGE_FAULT_IN_NONPAGED_AREA, routine + " of " + code.getName() + " runs on the Context of "
					+ reg(answer).deviceObject().getName() + ", whose device object was deleted: freed memory (R8)", source, culprit);
		}
	}

	/** The consumer calls InterfaceDereference through its buffer. */
	void release(Device device, Consumer consumer, EObject source) {
		int holding = index.holdingId(device, consumer);
		if (holding < 0 || state.hold[holding] == SimulationState.NONE) {
			journal.crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED,
					"InterfaceDereference called through a buffer that no query filled: the pointer is NULL", source, consumer);
		}
		int answer = state.answer[holding];
		if (state.hold[holding] == SimulationState.RELEASED) {
			journal.finding(FindingKind.DOUBLE_RELEASE, device.getName() + " releases " + consumer.getInterface().getName() + " a second time"
					+ (counted(answer) ? ": the producer's count drops below what it handed out" : ""), source);
			// R5/R8: the buffer still holds the pointers, so the second InterfaceDereference really runs the
			// producer's routine: it decrements a real count again, and faults if the producer is gone (below)
		}
		if (!isFrameworkNoOp(answer)) {
			checkProducerCode(answer, reg(answer).driver(), "InterfaceDereference", source, consumer);
		}
		state.hold[holding] = SimulationState.RELEASED;
		if (counted(answer)) {
			state.references[answer]--;
		}
		journal.log(1, () -> "InterfaceDereference(" + reg(answer).driver().getName() + ") " + refText(answer), source);
	}

	/** The producer of the registration calls InterfaceReference on the buffer it filled. */
	void reference(int registration) {
		if (counted(registration)) {
			state.references[registration]++;
		}
		journal.log(2, () -> "InterfaceReference(" + reg(registration).driver().getName() + " on " + reg(registration).deviceObject().getName()
				+ ") " + refText(registration), reg(registration).producer());
	}

	/** The holding's buffer is overwritten without InterfaceDereference: a counted reference leaks. */
	void leak(int holding, String why, EObject source) {
		state.hold[holding] = SimulationState.RELEASED;
		int answer = state.answer[holding];
		if (counted(answer)) {
			journal.finding(FindingKind.LEAKED_REFERENCE, index.holdings().get(holding).consumer().getInterface().getName() + " " + why
					+ ": the reference on " + reg(answer).driver().getName() + " leaks", source);
		}
	}

	RegSlot reg(int registration) {
		return index.registrations().get(registration);
	}

	/** The registration's producer keeps a real count (its reference routines are not no-ops). */
	boolean counted(int registration) {
		return Producers.counting(reg(registration).producer()) == ReferenceCounting.COUNTED;
	}

	/** KMDF fills WdfDeviceInterfaceReferenceNoOp/DereferenceNoOp, code of the framework, never unloaded (§1.1). */
	private boolean isFrameworkNoOp(int registration) {
		return !counted(registration) && reg(registration).driver().getFramework() == DriverFramework.KMDF;
	}

	private String refText(int registration) {
		return counted(registration) ? "-> " + state.references[registration] + " reference(s)" : "(no-op)";
	}

	private static long memberEnd(Consumer consumer, Member member) {
		try {
			InterfaceLayout layout = InterfaceLayout.compute(consumer.getInterface(), Execution.ABI);
			InterfaceLayout.Slot slot = layout.slotOf(member);
			return slot == null ? 0 : slot.end();
		} catch (LayoutException e) {
			return 0;
		}
	}
}
