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
import java.util.List;

import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Routine;

/**
 * The layout of an interface struct on one ABI: the five members of the WDK INTERFACE header
 * (Size, Version, Context, InterfaceReference, InterfaceDereference), then the inherited members of
 * the base versions, then the interface's own members, with natural alignment.
 *
 * @param interfaceDecl the interface laid out
 * @param abi           the ABI
 * @param slots         every member with its offset, header first
 * @param size          sizeof the struct, the value a producer writes into INTERFACE.Size
 * @param alignment     the struct's alignment
 */
public record InterfaceLayout(Interface interfaceDecl, Abi abi, List<Slot> slots, long size, int alignment) {

	/** Number of slots that belong to the INTERFACE header. */
	public static final int HEADER_SLOTS = 5;

	/**
	 * One member of the struct.
	 *
	 * @param name   the member name
	 * @param member the model member, or {@code null} for a header member
	 * @param offset offsetof the member
	 * @param size   sizeof the member
	 */
	public record Slot(String name, Member member, long offset, long size) {
		/** The offset just past this member. */
		public long end() {
			return offset + size;
		}
	}

	/** Size of the INTERFACE header alone: 32 on x64, 16 on x86. */
	public static long headerSize(Abi abi) {
		return SizeAndAlignment.align(4, abi.pointerSize()) + 3L * abi.pointerSize();
	}

	/** Computes the layout, or throws if a member's type cannot be laid out. */
	public static InterfaceLayout compute(Interface iface, Abi abi) throws LayoutException {
		int p = abi.pointerSize();
		List<Slot> slots = new ArrayList<>();
		slots.add(new Slot("Size", null, 0, 2));
		slots.add(new Slot("Version", null, 2, 2));
		long offset = SizeAndAlignment.align(4, p);
		for (String name : List.of("Context", "InterfaceReference", "InterfaceDereference")) {
			slots.add(new Slot(name, null, offset, p));
			offset += p;
		}
		int alignment = p;
		for (Member member : Interfaces.allMembers(iface)) {
			SizeAndAlignment layout = layoutOf(member, abi);
			offset = SizeAndAlignment.align(offset, layout.alignment());
			slots.add(new Slot(member.getName(), member, offset, layout.size()));
			offset += layout.size();
			alignment = Math.max(alignment, layout.alignment());
		}
		return new InterfaceLayout(iface, abi, Collections.unmodifiableList(slots),
				SizeAndAlignment.align(offset, alignment), alignment);
	}

	private static SizeAndAlignment layoutOf(Member member, Abi abi) throws LayoutException {
		if (member instanceof Routine) {
			return new SizeAndAlignment(abi.pointerSize(), abi.pointerSize());
		}
		return TypeLayouts.ofField((Field) member, abi);
	}

	/** The slot of a member, or {@code null} when the member is not part of this interface. */
	public Slot slotOf(Member member) {
		for (Slot slot : slots) {
			if (slot.member() == member) {
				return slot;
			}
		}
		return null;
	}
}
