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

import java.util.Arrays;
import java.util.List;

import org.ddistudio.model.Device;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.routing.StackEnvironment;
import org.ddistudio.sim.SystemIndex.RegSlot;

/**
 * The live state of a simulated system: PnP state of every device, how many device objects of its
 * stack are attached, reference counts of the registrations on them, driver images, remote targets
 * and what every consumer holds. Everything is a small array indexed by {@link SystemIndex} numbers:
 * {@link #copy()} is a handful of array copies and {@link #encode()} a canonical byte string, which is
 * what the teardown checker's visited set needs. Creation orders (images loaded, targets opened,
 * holdings made) are kept because the simulator iterates in those orders and its traces show them.
 */
final class SimulationState implements StackEnvironment {

	// PnP state of a device
	static final byte ABSENT = 0, STARTED = 1, QUERY_REMOVED = 2, SURPRISE_REMOVED = 3, REMOVED = 4;
	// driver image
	static final byte NOT_LOADED = 0, LOADED = 1, UNLOADED = 2;
	// remote target; NO_TARGET = its owner never started, so the target object does not exist
	static final byte NO_TARGET = 0, NEVER_OPENED = 1, OPEN = 2, CLOSED_FOR_QUERY_REMOVE = 3, CLOSED = 4;
	// holding; NONE = no query ever filled this consumer's buffer
	static final byte NONE = 0, HELD = 1, RELEASED = 2;

	final SystemIndex index;
	final byte[] pnp;
	/** Number of layers attached, bottom up (AddDevice attaches them one by one). */
	final byte[] attached;
	/** Outstanding references per registration; meaningful for counted reference routines. */
	final int[] references;
	/** The device object was deleted: the producer context (and the framework's copy) is freed. */
	final boolean[] freed;
	final byte[] image;
	final int[] imageOrder;
	int images;
	final byte[] target;
	final int[] targetOrder;
	/** Per target: its position in {@link #targetOrder}. */
	final int[] targetPosition;
	int targetCount;
	final byte[] hold;
	/** The registration whose Context the consumer holds (-1 before the first successful query). */
	final int[] answer;
	final long[] returnedSize;
	final int[] returnedVersion;
	final boolean[] reportedNeverReleased;
	final int[] holdOrder;
	int holdCount;

	SimulationState(SystemIndex index) {
		this.index = index;
		int devices = index.devices().size();
		pnp = new byte[devices];
		attached = new byte[devices];
		references = new int[index.registrations().size()];
		freed = new boolean[references.length];
		image = new byte[index.drivers().size()];
		imageOrder = new int[image.length];
		target = new byte[index.targets().size()];
		targetOrder = new int[target.length];
		targetPosition = new int[target.length];
		int holdings = index.holdings().size();
		hold = new byte[holdings];
		answer = new int[holdings];
		Arrays.fill(answer, -1);
		returnedSize = new long[holdings];
		returnedVersion = new int[holdings];
		reportedNeverReleased = new boolean[holdings];
		holdOrder = new int[holdings];
	}

	private SimulationState(SimulationState from) {
		index = from.index;
		pnp = from.pnp.clone();
		attached = from.attached.clone();
		references = from.references.clone();
		freed = from.freed.clone();
		image = from.image.clone();
		imageOrder = from.imageOrder.clone();
		images = from.images;
		target = from.target.clone();
		targetOrder = from.targetOrder.clone();
		targetPosition = from.targetPosition.clone();
		targetCount = from.targetCount;
		hold = from.hold.clone();
		answer = from.answer.clone();
		returnedSize = from.returnedSize.clone();
		returnedVersion = from.returnedVersion.clone();
		reportedNeverReleased = from.reportedNeverReleased.clone();
		holdOrder = from.holdOrder.clone();
		holdCount = from.holdCount;
	}

	/** An independent copy: applying events to it leaves this state unchanged. */
	SimulationState copy() {
		return new SimulationState(this);
	}

	/**
	 * The canonical encoding: two states with equal encodings behave identically under every future event
	 * (same device, registration, image, target and holding values, same creation orders). Sizes and versions
	 * returned to a holder follow from its answer except for NULL-template producers, so they are included.
	 */
	byte[] encode() {
		Encoder out = new Encoder(pnp.length * 2 + references.length * 2 + image.length * 2 + target.length * 2 + hold.length * 4 + 16);
		encodeInto(out);
		return out.toArray();
	}

	/**
	 * A 128-bit fingerprint of the canonical state: every array of the state, packed eight bytes or two ints
	 * to a word, fed to two independent multiplicative hashes (all array lengths are fixed by the index, and
	 * the creation orders are hashed with their counts, so equal fingerprints mean equal encodings up to hash
	 * collisions). Visited sets that must hold millions of states keep these, as TLC keeps fingerprints: two
	 * different states collide with probability about 2^-128 per pair.
	 */
	void fingerprint(long[] out) {
		Lanes lanes = new Lanes();
		lanes.bytes(pnp);
		lanes.bytes(attached);
		lanes.ints(references);
		lanes.booleans(freed);
		lanes.bytes(image);
		lanes.ints(imageOrder);
		lanes.bytes(target);
		lanes.ints(targetOrder);
		lanes.bytes(hold);
		lanes.ints(answer);
		lanes.ints(returnedVersion);
		for (long size : returnedSize) {
			lanes.word(size);
		}
		lanes.booleans(reportedNeverReleased);
		lanes.ints(holdOrder);
		lanes.word((long) images << 42 ^ (long) targetCount << 21 ^ holdCount);
		out[0] = mix(lanes.a);
		out[1] = mix(lanes.b ^ Long.rotateLeft(lanes.a, 17));
	}

	/** Two hash lanes, one multiplication each per word. */
	private static final class Lanes {
		long a = 0x9E3779B97F4A7C15L;
		long b = 0xC2B2AE3D27D4EB4FL;

		void word(long v) {
			a = (a ^ v) * 0x100000001B3L + 0x632BE59BD9B4E019L;
			b = Long.rotateLeft(b + v, 29) * 0xBF58476D1CE4E5B9L;
		}

		void bytes(byte[] values) {
			int i = 0;
			for (; i + 8 <= values.length; i += 8) {
				word((values[i] & 0xFFL) | (values[i + 1] & 0xFFL) << 8 | (values[i + 2] & 0xFFL) << 16 | (values[i + 3] & 0xFFL) << 24
						| (values[i + 4] & 0xFFL) << 32 | (values[i + 5] & 0xFFL) << 40 | (values[i + 6] & 0xFFL) << 48 | (values[i + 7] & 0xFFL) << 56);
			}
			long rest = 0;
			for (int shift = 0; i < values.length; i++, shift += 8) {
				rest |= (values[i] & 0xFFL) << shift;
			}
			word(rest);
		}

		void ints(int[] values) {
			int i = 0;
			for (; i + 2 <= values.length; i += 2) {
				word((values[i] & 0xFFFFFFFFL) | (long) values[i + 1] << 32);
			}
			word(i < values.length ? values[i] & 0xFFFFFFFFL : 0x5555L);
		}

		void booleans(boolean[] values) {
			long bits = 0;
			int n = 0;
			for (boolean value : values) {
				bits = bits << 1 | (value ? 1 : 0);
				if (++n == 64) {
					word(bits);
					bits = 0;
					n = 0;
				}
			}
			word(bits ^ (long) n << 57);
		}
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return z ^ (z >>> 33);
	}

	/** Where the canonical values go: a byte encoding, or a hash. */
	private interface Sink {
		void bytes(byte[] values);

		void varint(int value);

		void varlong(long value);
	}

	private void encodeInto(Sink out) {
		out.bytes(pnp);
		out.bytes(attached);
		for (int i = 0; i < references.length; i++) {
			out.varint(references[i] << 1 | (freed[i] ? 1 : 0));
		}
		out.bytes(image);
		out.varint(images);
		for (int i = 0; i < images; i++) {
			out.varint(imageOrder[i]);
		}
		out.bytes(target);
		out.varint(targetCount);
		for (int i = 0; i < targetCount; i++) {
			out.varint(targetOrder[i]);
		}
		for (int i = 0; i < hold.length; i++) {
			out.varint(hold[i] | (reportedNeverReleased[i] ? 4 : 0));
			if (hold[i] != NONE) {
				out.varint(answer[i] + 1);
				out.varlong(returnedSize[i]);
				out.varint(returnedVersion[i]);
			}
		}
		out.varint(holdCount);
		for (int i = 0; i < holdCount; i++) {
			out.varint(holdOrder[i]);
		}
	}

	/** A growable byte buffer with unsigned LEB128 integers. */
	private static final class Encoder implements Sink {
		private byte[] buffer;
		private int size;

		Encoder(int capacity) {
			buffer = new byte[Math.max(16, capacity)];
		}

		@Override
		public void bytes(byte[] values) {
			ensure(values.length);
			System.arraycopy(values, 0, buffer, size, values.length);
			size += values.length;
		}

		@Override
		public void varint(int value) {
			varlong(value & 0xFFFFFFFFL);
		}

		@Override
		public void varlong(long value) {
			ensure(10);
			while ((value & ~0x7FL) != 0) {
				buffer[size++] = (byte) ((value & 0x7F) | 0x80);
				value >>>= 7;
			}
			buffer[size++] = (byte) value;
		}

		private void ensure(int more) {
			if (size + more > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
			}
		}

		byte[] toArray() {
			return Arrays.copyOf(buffer, size);
		}
	}

	// ------------------------------------------------------------------ queries

	int id(Device device) {
		return index.deviceId(device);
	}

	boolean present(int device) {
		return device >= 0 && pnp[device] != ABSENT && pnp[device] != REMOVED;
	}

	boolean present(Device device) {
		return present(id(device));
	}

	/** ABSENT with layers attached = AddDevice in progress. */
	boolean hasStack(int device) {
		byte p = pnp[device];
		return p == STARTED || p == QUERY_REMOVED || p == SURPRISE_REMOVED || (p == ABSENT && attached[device] > 0);
	}

	/** The registration was made: its layer is attached (registrations are made as each layer attaches). */
	boolean registered(int registration) {
		RegSlot slot = index.registrations().get(registration);
		return attached[slot.device()] > slot.layer();
	}

	/** The image state of a driver (NOT_LOADED for drivers no stack of this system loads). */
	byte image(org.ddistudio.model.Driver driver) {
		int id = index.driverId(driver);
		return id < 0 ? NOT_LOADED : image[id];
	}

	void setImage(int driver, byte value) {
		if (image[driver] == NOT_LOADED && value != NOT_LOADED) {
			imageOrder[images++] = driver;
		}
		image[driver] = value;
	}

	void openTargetObject(int slot) {
		if (target[slot] == NO_TARGET) {
			targetPosition[slot] = targetCount;
			targetOrder[targetCount++] = slot;
		}
	}

	/** Records that the consumer's buffer now holds an interface (first time: it joins the creation order). */
	void noteHolding(int slot) {
		if (hold[slot] == NONE) {
			holdOrder[holdCount++] = slot;
		}
	}

	@Override
	public List<StackLayer> topDown(Device device) {
		int id = id(device);
		if (id < 0 || !hasStack(id)) {
			return List.of();
		}
		List<StackLayer> all = index.topDown(id);
		// while AddDevice is still attaching, only the lower layers exist
		return all.subList(all.size() - Math.min(attached[id], all.size()), all.size());
	}

	@Override
	public Producer registration(Device device, StackLayer layer, String guid) {
		int registration = registrationFor(device, layer, guid);
		return registration < 0 ? null : index.registrations().get(registration).producer();
	}

	/** The first live registration of the GUID on that device object, or -1. */
	int registrationFor(Device device, StackLayer layer, String guid) {
		int id = id(device);
		if (id < 0) {
			return -1;
		}
		for (int registration : index.registrationsOf(id)) {
			RegSlot slot = index.registrations().get(registration);
			if (slot.stackLayer() == layer && registered(registration) && !freed[registration] && guid.equals(slot.guid())) {
				return registration;
			}
		}
		return -1;
	}
}
