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

import java.util.List;

/**
 * A simulated machine that takes one event at a time: the engine of the teardown checker. A machine is
 * mutable; {@link #copy()} it before {@link #apply} to keep the state it had. {@link #key()} is its
 * canonical encoding (equal keys, equal futures). The semantics are exactly the simulator's
 * ({@link Simulator} runs the same code over a whole plan).
 */
public final class Machine {

	/** PnP state of a device. */
	public enum DeviceState {
		ABSENT, STARTED, QUERY_REMOVED, SURPRISE_REMOVED, REMOVED
	}

	/** State of a remote I/O target; NO_TARGET until its owner started and created it. */
	public enum TargetState {
		NO_TARGET, NEVER_OPENED, OPEN, CLOSED_FOR_QUERY_REMOVE, CLOSED
	}

	/** What a consumer's buffer holds; NONE until a query first filled it. */
	public enum HoldState {
		NONE, HELD, RELEASED
	}

	private static final DeviceState[] DEVICE_STATES = DeviceState.values();
	private static final TargetState[] TARGET_STATES = TargetState.values();
	private static final HoldState[] HOLD_STATES = HoldState.values();

	/**
	 * What one event did.
	 *
	 * @param bugCheck the bug check it ended in, or null (the machine is then down: do not apply more events)
	 * @param findings the problems it raised
	 * @param trace    what happened (empty when applied without trace)
	 */
	public record Outcome(BugCheck bugCheck, List<Finding> findings, List<TraceEntry> trace) {
	}

	private final SimulationState state;

	private Machine(SimulationState state) {
		this.state = state;
	}

	/** An independent copy of a live state: what a debugger shows while the state goes on changing. */
	static Machine snapshot(SimulationState state) {
		return new Machine(state.copy());
	}

	/** A machine on which nothing is started yet. */
	public static Machine initial(SystemIndex index) {
		return new Machine(new SimulationState(index));
	}

	public SystemIndex index() {
		return state.index;
	}

	/** An independent copy. */
	public Machine copy() {
		return new Machine(state.copy());
	}

	/**
	 * Applies one event in place. {@code step} is the 1-based number findings and trace lines get;
	 * {@code tracing} false skips building trace texts (the checker's hot path).
	 */
	public Outcome apply(SimEvent event, int step, boolean tracing) {
		Execution execution = new Execution(state, tracing, step - 1);
		BugCheck bugCheck = execution.apply(event);
		return new Outcome(bugCheck, execution.findings(), execution.trace());
	}

	/** The canonical encoding of the state. */
	public byte[] key() {
		return state.encode();
	}

	/** A 128-bit fingerprint of {@link #key()}: {@code out[0]}, {@code out[1]}. */
	public void fingerprint(long[] out) {
		state.fingerprint(out);
	}

	public DeviceState device(int device) {
		return DEVICE_STATES[state.pnp[device]];
	}

	/** The device exists: started, query-removed or surprise-removed. */
	public boolean present(int device) {
		return state.present(device);
	}

	public TargetState target(int target) {
		return TARGET_STATES[state.target[target]];
	}

	public HoldState holding(int holding) {
		return HOLD_STATES[state.hold[holding]];
	}

	/** The device whose registration answered the holding's last successful query, or -1. */
	public int answeredBy(int holding) {
		int answer = state.answer[holding];
		return answer < 0 ? -1 : state.index.registrations().get(answer).device();
	}

	/** How many bytes of the interface the holding's last successful query returned (its buffer's valid part). */
	public long returnedSize(int holding) {
		return state.returnedSize[holding];
	}

	/** The interface version the holding's last successful query returned. */
	public int returnedVersion(int holding) {
		return state.returnedVersion[holding];
	}

	/** The driver's image is loaded. */
	public boolean loaded(int driver) {
		return state.image[driver] == SimulationState.LOADED;
	}

	/** Outstanding references of a registration. */
	public int references(int registration) {
		return state.references[registration];
	}
}
