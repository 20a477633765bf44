/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.topology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.Device;

/**
 * The device tree: a device's parent is the device whose bus driver enumerated it (its PDO), so
 * the chain of parents must end at a root-enumerated device. Every walk here guards against cycles
 * (which the validator reports) and unresolved references, so it always terminates.
 */
public final class DeviceTrees {

	private DeviceTrees() {
	}

	/** The resolved parent, or {@code null} for a root-enumerated device or an unresolved reference. */
	public static Device parentOf(Device device) {
		Device parent = device.getParent();
		return parent == null || parent.eIsProxy() ? null : parent;
	}

	/**
	 * Parent, grandparent, ... up to the root; stops before a device would repeat, so for a device
	 * in a cycle the list ends with the device just before it comes round again.
	 */
	public static List<Device> ancestors(Device device) {
		List<Device> ancestors = new ArrayList<>();
		Set<Device> seen = new LinkedHashSet<>();
		seen.add(device);
		for (Device current = parentOf(device); current != null && seen.add(current); current = parentOf(current)) {
			ancestors.add(current);
		}
		return ancestors;
	}

	/**
	 * Whether following the parents from {@code device} comes back to it (including "parent itself").
	 * Asked for every device of a system: Brent's cycle finding keeps it to a walk of the chain with no
	 * set, so a tree ten thousand devices deep is checked in a moment.
	 */
	public static boolean isInCycle(Device device) {
		int cycleLength = cycleLengthAbove(device);
		if (cycleLength == 0) {
			return false;
		}
		Device current = device;
		for (int i = 0; i < cycleLength; i++) {
			current = parentOf(current);
		}
		return current == device; // on the cycle exactly when its length brings the walk back to it
	}

	/** The length of the cycle the parent chain from {@code device} runs into, 0 when it ends at a root. */
	private static int cycleLengthAbove(Device device) {
		int power = 1;
		int length = 1;
		Device tortoise = device;
		Device hare = parentOf(device);
		while (hare != tortoise) {
			if (hare == null) {
				return 0;
			}
			if (power == length) {
				tortoise = hare;
				power *= 2;
				length = 0;
			}
			hare = parentOf(hare);
			length++;
		}
		return length;
	}

	/**
	 * The cycle through {@code device} in parent order, starting with it (A, parent of A, ...);
	 * empty when the device is not in a cycle.
	 */
	public static List<Device> cycleThrough(Device device) {
		if (!isInCycle(device)) {
			return List.of();
		}
		List<Device> cycle = new ArrayList<>();
		cycle.add(device);
		for (Device current = parentOf(device); current != device; current = parentOf(current)) {
			cycle.add(current);
		}
		return cycle;
	}

	/**
	 * Whether {@code ancestor} is {@code device} itself or one of its ancestors. Asked for every device
	 * of a removed subtree: a walk up with Brent's cycle finding, no list and no set.
	 */
	public static boolean isSelfOrAncestor(Device ancestor, Device device) {
		if (ancestor == device) {
			return true;
		}
		Device tortoise = device;
		int power = 1;
		int length = 1;
		for (Device hare = parentOf(device); hare != null; hare = parentOf(hare), length++) {
			if (hare == ancestor) {
				return true;
			}
			if (hare == tortoise) {
				return false; // round a cycle: every ancestor has been seen
			}
			if (power == length) {
				tortoise = hare;
				power *= 2;
				length = 0;
			}
		}
		return false;
	}
}
