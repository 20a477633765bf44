/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
		// Called for every consumer, call and layout (scoping, validation, generators): chains are
		// one to a few versions long, so repeats are found by a scan of the chain, and a set is only
		// built for long chains (a hostile model with thousands of versions stays linear).
		List<Interface> chain = new ArrayList<>(4);
		Set<Interface> seen = null;
		for (Interface current = iface; current != null && !current.eIsProxy(); current = current.getBase()) {
			if (seen != null ? !seen.add(current) : chain.contains(current)) {
				break;
			}
			chain.add(current);
			if (seen == null && chain.size() == LINEAR_SCAN_LIMIT) {
				seen = new HashSet<>(chain);
			}
		}
		Collections.reverse(chain);
		return chain;
	}

	/** Chains up to this length are checked for repeats by scanning them. */
	private static final int LINEAR_SCAN_LIMIT = 16;

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
