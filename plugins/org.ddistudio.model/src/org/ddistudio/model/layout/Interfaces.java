package org.ddistudio.model.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;

/** Derived facts of interfaces that depend on their version chain. */
public final class Interfaces {

	private Interfaces() {
	}

	/**
	 * The version chain from the oldest base to {@code iface}; stops at an unresolved base or a
	 * cycle (the validator reports those), so it always terminates.
	 */
	public static List<Interface> versionChain(Interface iface) {
		Deque<Interface> chain = new ArrayDeque<>();
		Set<Interface> seen = new LinkedHashSet<>();
		for (Interface current = iface; current != null && !current.eIsProxy() && seen.add(current); current = current.getBase()) {
			chain.addFirst(current);
		}
		return new ArrayList<>(chain);
	}

	/**
	 * Whether following the base references from {@code iface} comes back to it. An interface whose
	 * chain only runs into a cycle of other interfaces does not extend itself (the cycle is reported on
	 * its members); always terminates.
	 */
	public static boolean hasCyclicBase(Interface iface) {
		Set<Interface> seen = new LinkedHashSet<>();
		for (Interface current = iface.getBase(); current != null && !current.eIsProxy() && seen.add(current); current = current.getBase()) {
			if (current == iface) {
				return true;
			}
		}
		return false;
	}

	/** Members of the base versions first, then the interface's own. */
	public static List<Member> allMembers(Interface iface) {
		List<Member> members = new ArrayList<>();
		for (Interface version : versionChain(iface)) {
			members.addAll(version.getMembers());
		}
		return members;
	}

	/** The GUID: the interface's own, else the nearest base's; {@code null} if none declares one. */
	public static String effectiveGuid(Interface iface) {
		for (Interface current : versionChain(iface).reversed()) {
			if (current.getGuid() != null) {
				return current.getGuid();
			}
		}
		return null;
	}
}
