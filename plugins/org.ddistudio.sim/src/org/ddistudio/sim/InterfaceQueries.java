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

import org.ddistudio.model.AcquirePoint;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.Producer;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.Fill;
import org.ddistudio.model.routing.Hop;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.sim.SystemIndex.RegSlot;
import org.eclipse.emf.ecore.EObject;

/**
 * A consumer's query for an interface: where it enters (the top of its own stack or of its remote target's,
 * wdf-semantics.md §1.3), the route through the live stacks ({@link QueryRouter}: §1.2, R1-R4, R6), the
 * references the producers that fill the buffer take (§1.2 step 6, R5) and what the consumer then holds;
 * plus the leaks a query makes (a held buffer queried again, a reference taken for a failed or overwritten
 * answer) and the bug check of a query through a closed remote target (§1.3, §5: 0x7E).
 */
final class InterfaceQueries {

	private final SimulationState state;
	private final SystemIndex index;
	private final Journal journal;
	private final InterfaceReferences references;

	InterfaceQueries(SimulationState state, Journal journal, InterfaceReferences references) {
		this.state = state;
		this.index = state.index;
		this.journal = journal;
		this.references = references;
	}

	// ------------------------------------------------------------------ events

	/** Every on-demand consumer of a present device acquires and uses its interface. */
	void acquireOnDemand(SimEvent.AcquireOnDemand acquire) {
		journal.log(0, () -> "on-demand consumers acquire and use their interfaces", acquire.source());
		for (Device device : index.devices()) {
			for (Consumer consumer : StepConsumers.of(device)) {
				if (consumer.getAcquire() == AcquirePoint.ON_DEMAND && state.present(device)) {
					acquireAndUse(device, consumer, acquire.source());
				}
			}
		}
	}

	/** One consumer acquires its interface on demand (and uses and releases it, when it releases after use). */
	void acquire(SimEvent.Acquire acquire) {
		journal.log(0, () -> acquire.device().getName() + ": " + StepConsumers.driverOf(acquire.consumer()).getName() + " acquires "
				+ acquire.consumer().getInterface().getName() + " on demand", acquire.source());
		acquireAndUse(acquire.device(), acquire.consumer(), acquire.source());
	}

	/** A scenario's query, with its expectations on the status, the producer and the version returned. */
	void query(SimEvent.Query query) {
		Consumer consumer = StepConsumers.find(query.device(), query.driver(), query.iface(), query.source(), journal);
		journal.log(0, () -> query.device().getName() + " queries " + query.iface().getName(), query.source());
		if (consumer == null) {
			return;
		}
		QueryOutcome outcome = acquire(query.device(), consumer, query.size(), query.version(), query.source());
		NtStatus status = outcome == null ? NtStatus.STATUS_INVALID_DEVICE_STATE : outcome.status();
		if (query.expectedStatus() != null && query.expectedStatus() != status) {
			journal.expectationFailed("expected " + query.expectedStatus().getName() + ", the query completed with " + status.getName(),
					query.source());
		}
		int holding = index.holdingId(query.device(), consumer);
		boolean answered = holding >= 0 && state.hold[holding] == SimulationState.HELD && outcome != null && outcome.succeeded();
		if (query.expectedProducer() != null) {
			Driver actual = answered ? references.reg(state.answer[holding]).driver() : null;
			if (actual != query.expectedProducer()) {
				journal.expectationFailed("expected an answer from " + query.expectedProducer().getName() + ", "
						+ (actual == null ? "nobody answered" : "it came from " + actual.getName()), query.source());
			}
		}
		if (query.expectedVersion() != null && (!answered || state.returnedVersion[holding] != query.expectedVersion())) {
			journal.expectationFailed("expected version " + query.expectedVersion() + ", "
					+ (answered ? "the interface returned is version " + state.returnedVersion[holding] : "no interface was returned"),
					query.source());
		}
	}

	// ------------------------------------------------------------------ semantics

	/** The consumer acquires its interface; one that releases right after use then calls what it uses and releases. */
	void acquireAndUse(Device device, Consumer consumer, EObject source) {
		acquire(device, consumer, null, null, source);
		references.afterUse(device, consumer, source);
	}

	/** Sends the consumer's query; returns the outcome, or null when it could not be sent. */
	QueryOutcome acquire(Device device, Consumer consumer, Integer size, Integer version, EObject source) {
		Interface iface = consumer.getInterface();
		String guid = Guids.normalize(Interfaces.effectiveGuid(iface));
		if (guid == null) {
			return null;
		}
		Device entry = device;
		if (consumer.getTarget() == null) {
			if (consumer.isSetOn() && consumer.getOn() == DeviceObjectRole.CHILD_PDO) {
				journal.log(1, () -> "WdfFdoQueryForInterface from a PDO returns STATUS_INVALID_PARAMETER (§1.3)", consumer);
				return QueryOutcome.unrouted(NtStatus.STATUS_INVALID_PARAMETER);
			}
		} else {
			int target = targetOf(device, consumer);
			if (target < 0 || state.target[target] == SimulationState.NEVER_OPENED) {
				journal.log(1, () -> "no open remote target " + consumer.getTarget().getName() + ": the query is not sent", consumer);
				return null;
			}
			if (state.target[target] != SimulationState.OPEN) {
				journal.crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, "WdfIoTargetQueryForInterface on remote target "
						+ consumer.getTarget().getName() + " while it is closed: the framework dereferences its NULL target device (§1.3)",
						source, consumer);
			}
			entry = index.targets().get(target).binding().getDevice();
		}
		long requestedSize = size != null ? size : consumer.isSetRequestedSize() ? consumer.getRequestedSize() : sizeOf(iface);
		int requestedVersion = version != null ? version : consumer.isSetRequestedVersion() ? consumer.getRequestedVersion() : iface.getVersion();
		int holding = index.holdingId(device, consumer);
		if (holding >= 0 && state.hold[holding] == SimulationState.HELD) {
			references.leak(holding, "queried again into the same buffer without releasing it first", source);
		}
		QueryOutcome outcome = QueryRouter.query(entry, new QueryRequest(guid, requestedSize, requestedVersion), Execution.ABI, state);
		Device queried = entry;
		journal.log(1, () -> (consumer.getTarget() == null ? "WdfFdoQueryForInterface" : "WdfIoTargetQueryForInterface") + "("
				+ iface.getName() + ", Size " + requestedSize + ", Version " + requestedVersion + ") enters the top of "
				+ queried.getName() + "'s stack", consumer);
		if (journal.tracing()) {
			// each line of the path points at the layer it is about (console links, results view)
			for (Hop hop : outcome.hops()) {
				journal.log(2, hop::describe, hop.stop().layer());
			}
			journal.sent(new SentQuery(journal.step(), device, consumer, consumer.getTarget() != null, entry, requestedSize, requestedVersion,
					outcome));
		}
		int last = -1;
		for (Fill fill : outcome.fills()) {
			int registration = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
			if (registration >= 0) {
				references.reference(registration);
				last = registration;
			}
		}
		journal.log(1, () -> "completes with " + outcome.status().getName(), consumer);
		if (outcome.status() == NtStatus.STATUS_SUCCESS && last >= 0 && holding >= 0) {
			hold(holding, last, requestedSize, requestedVersion);
			RegSlot answer = references.reg(last);
			for (Fill fill : outcome.fills()) {
				int overwritten = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
				if (overwritten >= 0 && overwritten != last && references.counted(overwritten)) {
					Driver over = references.reg(overwritten).driver();
					journal.finding(FindingKind.LEAKED_REFERENCE, over.getName() + " filled the buffer and took a reference, then "
							+ answer.driver().getName() + " below it overwrote the buffer (R6): the consumer will dereference only "
							+ answer.driver().getName() + "'s Context, so " + over.getName() + "'s reference leaks",
							references.reg(overwritten).producer());
				}
			}
		} else {
			if (holding >= 0 && state.hold[holding] != SimulationState.NONE) {
				state.hold[holding] = SimulationState.RELEASED; // the consumer zeroed its buffer before the query
			}
			for (Fill fill : outcome.fills()) {
				int filled = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
				if (filled >= 0 && references.counted(filled)) {
					journal.finding(FindingKind.LEAKED_REFERENCE, references.reg(filled).driver().getName()
							+ " copied its template and took a reference, but the query completed with " + outcome.status().getName()
							+ ", so the consumer never dereferences it (§1.2 step 6)", references.reg(filled).producer());
				}
			}
		}
		return outcome;
	}

	/** The consumer's buffer now holds the interface of the registration that filled it last. */
	private void hold(int holding, int registration, long requestedSize, int requestedVersion) {
		Producer producer = references.reg(registration).producer();
		state.noteHolding(holding);
		state.hold[holding] = SimulationState.HELD;
		state.reportedNeverReleased[holding] = false;
		state.answer[holding] = registration;
		state.returnedSize[holding] = templateSize(producer, requestedSize);
		state.returnedVersion[holding] = producer.isNullTemplate() ? requestedVersion : producer.getInterface().getVersion();
	}

	/** The remote target the consumer queries through, of the device's stack, once it exists; -1 otherwise. */
	private int targetOf(Device device, Consumer consumer) {
		int owner = state.id(device);
		if (owner < 0) {
			return -1;
		}
		// a device's targets are created together, in declaration order, when it starts
		for (int target : index.targetsOwnedBy(owner)) {
			if (state.target[target] != SimulationState.NO_TARGET && index.targets().get(target).binding().getTarget() == consumer.getTarget()) {
				return target;
			}
		}
		return -1;
	}

	private static long sizeOf(Interface iface) {
		try {
			return InterfaceLayout.compute(iface, Execution.ABI).size();
		} catch (LayoutException e) {
			return 0;
		}
	}

	/** A NULL-template producer fills what was asked; a template fills its own size. */
	private static long templateSize(Producer producer, long requestedSize) {
		return producer.isNullTemplate() ? requestedSize : sizeOf(producer.getInterface());
	}
}
