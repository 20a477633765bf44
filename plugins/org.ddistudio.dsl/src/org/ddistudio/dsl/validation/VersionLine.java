/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Routine;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.BaseTypes;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;

/**
 * The versions of one GUID, newest first, for DDI102: which older versions a version is not a
 * compatible extension of, and why. Compared pair by pair, 2,000 versions of one GUID or an
 * {@code extends} chain of 1,000 took minutes (every pair laid out both interfaces, each the length of
 * the chain). Here each interface is laid out once, and a version is compared directly only with the
 * older versions it cannot be judged by transitivity: when it is compatible with a version whose
 * next older version that one cleanly extends (same members first, laid out on both ABIs and larger
 * on both), it is compatible with that older one as well, so no finding is lost and none is added.
 */
final class VersionLine {

	private static final String KEY = VersionLine.class.getName();

	/** Newest first; equal versions in declaration order. */
	private final List<Interface> newestFirst;
	/** {@code cleanStep[i]}: newestFirst[i] cleanly extends newestFirst[i + 1]. */
	private final boolean[] cleanStep;
	private final Map<Interface, Long[]> sizes = new HashMap<>();
	private final Map<Interface, List<Member>> members = new HashMap<>();

	private VersionLine(List<Interface> versions) {
		newestFirst = new ArrayList<>(versions);
		newestFirst.sort(Comparator.comparingInt(Interface::getVersion).reversed());
		cleanStep = new boolean[newestFirst.size()];
		for (int i = 0; i + 1 < newestFirst.size(); i++) {
			cleanStep[i] = cleanlyExtends(newestFirst.get(i), newestFirst.get(i + 1));
		}
	}

	/** The line of these interfaces (one GUID's, from the project index), kept for the validation run. */
	@SuppressWarnings("unchecked")
	static VersionLine of(List<Interface> versions, Map<Object, Object> validationContext) {
		Map<List<Interface>, VersionLine> lines = (Map<List<Interface>, VersionLine>) validationContext.computeIfAbsent(KEY,
				key -> new IdentityHashMap<>());
		return lines.computeIfAbsent(versions, VersionLine::new);
	}

	/** Why {@code newer} is not a compatible extension of each older version of the line that it is not, by older version. */
	Map<Interface, String> incompatibilities(Interface newer) {
		Map<Interface, String> found = new LinkedHashMap<>();
		boolean compatibleWithPrevious = false;
		for (int i = 0; i < newestFirst.size(); i++) {
			Interface older = newestFirst.get(i);
			if (older.getVersion() >= newer.getVersion()) {
				continue;
			}
			// newestFirst[i - 1] is older than newer too here whenever compatibleWithPrevious is set
			if (compatibleWithPrevious && cleanStep[i - 1]) {
				continue;
			}
			String why = incompatibility(older, newer);
			compatibleWithPrevious = why == null;
			if (why != null) {
				found.put(older, why);
			}
		}
		return found;
	}

	/** Why {@code newer} is not a compatible extension of {@code older}, or null. */
	String incompatibility(Interface older, Interface newer) {
		List<Member> old = membersOf(older);
		List<Member> now = membersOf(newer);
		for (int i = 0; i < old.size(); i++) {
			if (i >= now.size()) {
				return "drops member '" + old.get(i).getName() + "' of";
			}
			if (!sameSignature(old.get(i), now.get(i))) {
				return "changes member '" + old.get(i).getName() + "' (position " + (i + 1) + ") of";
			}
		}
		for (Abi abi : Abi.values()) {
			Long newSize = sizesOf(newer)[abi.ordinal()];
			Long oldSize = newSize == null ? null : sizesOf(older)[abi.ordinal()];
			if (newSize == null || oldSize == null) {
				return null; // reported as DDI108 on the member
			}
			if (newSize <= oldSize) {
				return "is not larger on " + abi.label() + " than";
			}
		}
		return null;
	}

	/** Compatible with every layout computed: the only kind of step transitivity may follow. */
	private boolean cleanlyExtends(Interface newer, Interface older) {
		if (incompatibility(older, newer) != null || newer.getVersion() == older.getVersion()) {
			return false;
		}
		for (Abi abi : Abi.values()) {
			if (sizesOf(newer)[abi.ordinal()] == null || sizesOf(older)[abi.ordinal()] == null) {
				return false;
			}
		}
		return true;
	}

	private List<Member> membersOf(Interface iface) {
		return members.computeIfAbsent(iface, Interfaces::allMembers);
	}

	/** Sizes by ABI ordinal; null where the interface cannot be laid out. */
	private Long[] sizesOf(Interface iface) {
		return sizes.computeIfAbsent(iface, key -> {
			Long[] bySize = new Long[Abi.values().length];
			for (Abi abi : Abi.values()) {
				try {
					bySize[abi.ordinal()] = InterfaceLayout.compute(key, abi).size();
				} catch (LayoutException e) {
					bySize[abi.ordinal()] = null;
				}
			}
			return bySize;
		});
	}

	private static boolean sameSignature(Member a, Member b) {
		if (a == b) {
			return true;
		}
		if (!a.getName().equals(b.getName()) || a.getClass() != b.getClass()) {
			return false;
		}
		if (a instanceof Field fa && b instanceof Field fb) {
			return BaseTypes.toC(fa.getType()).equals(BaseTypes.toC(fb.getType())) && fa.getArrayLength() == fb.getArrayLength();
		}
		Routine ra = (Routine) a;
		Routine rb = (Routine) b;
		if (!BaseTypes.toC(ra.getReturnType()).equals(BaseTypes.toC(rb.getReturnType()))
				|| ra.getParameters().size() != rb.getParameters().size()) {
			return false;
		}
		for (int i = 0; i < ra.getParameters().size(); i++) {
			if (!BaseTypes.toC(ra.getParameters().get(i).getType()).equals(BaseTypes.toC(rb.getParameters().get(i).getType()))) {
				return false;
			}
		}
		return true;
	}
}
