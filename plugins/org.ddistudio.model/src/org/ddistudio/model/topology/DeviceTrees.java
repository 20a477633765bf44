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

	/** Whether following the parents from {@code device} comes back to it (including "parent itself"). */
	public static boolean isInCycle(Device device) {
		Set<Device> seen = new LinkedHashSet<>();
		for (Device current = parentOf(device); current != null && seen.add(current); current = parentOf(current)) {
			if (current == device) {
				return true;
			}
		}
		return false;
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

	/** Whether {@code ancestor} is {@code device} itself or one of its ancestors. */
	public static boolean isSelfOrAncestor(Device ancestor, Device device) {
		return ancestor == device || ancestors(device).contains(ancestor);
	}
}
