/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.hover;

import java.util.List;

import org.ddistudio.model.Declaration;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.InterfaceLayout.Slot;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The hover text for the element at an offset (a declaration, a member, or what a reference points
 * to): its kind and name, its documentation comment, and for interfaces the struct layout a driver
 * developer otherwise works out by hand: sizeof and every member's offset on x64 and x86 (what the
 * producer writes into INTERFACE.Size and what a consumer's requested Size must cover).
 */
public class DdiHoverText {

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private IEObjectDocumentationProvider documentation;

	/** Plain text for the hover at {@code offset}, or {@code null} if nothing there has any. */
	public String at(XtextResource resource, int offset) {
		EObject element = elementAtOffset.resolveElementAt(resource, offset);
		if (element == null || element.eIsProxy()) {
			return null;
		}
		if (element instanceof Interface iface) {
			return join(title("interface", iface.getName()), documentation.getDocumentation(iface), layout(iface));
		}
		if (element instanceof Member member) {
			return join(title("member", member.getName()), documentation.getDocumentation(member), offsets(member));
		}
		if (element instanceof Declaration declaration) {
			return join(title(declaration.eClass().getName().toLowerCase(), declaration.getName()),
					documentation.getDocumentation(declaration), null);
		}
		return null;
	}

	private static String title(String kind, String name) {
		return kind + " " + name;
	}

	private static String join(String title, String doc, String details) {
		StringBuilder text = new StringBuilder(title);
		if (doc != null && !doc.isBlank()) {
			text.append("\n\n").append(doc.strip());
		}
		if (details != null) {
			text.append("\n\n").append(details);
		}
		return text.toString();
	}

	/** A table: sizeof, then the header and every member with its offset on both ABIs; then the GUID. */
	static String layout(Interface iface) {
		InterfaceLayout x64;
		InterfaceLayout x86;
		try {
			x64 = InterfaceLayout.compute(iface, Abi.X64);
			x86 = InterfaceLayout.compute(iface, Abi.X86);
		} catch (LayoutException e) {
			return "Layout: " + e.getMessage();
		}
		// the five INTERFACE header members are the same for every interface: one row, so the
		// members a developer cares about fit into the hover
		List<Slot> slots64 = x64.slots().subList(InterfaceLayout.HEADER_SLOTS, x64.slots().size());
		List<Slot> slots86 = x86.slots().subList(InterfaceLayout.HEADER_SLOTS, x86.slots().size());
		String header = "INTERFACE header";
		int width = header.length();
		for (Slot slot : slots64) {
			width = Math.max(width, slot.name().length());
		}
		String row = "%-" + width + "s %6s %6s\n";
		StringBuilder table = new StringBuilder();
		table.append(String.format(row, "Layout", "x64", "x86"));
		table.append(String.format(row, "sizeof", x64.size(), x86.size()));
		table.append(String.format(row, header, 0, 0));
		for (int i = 0; i < slots64.size(); i++) {
			table.append(String.format(row, slots64.get(i).name(), slots64.get(i).offset(), slots86.get(i).offset()));
		}
		String guid = Interfaces.effectiveGuid(iface);
		if (guid != null) {
			table.append("GUID ").append(guid);
		}
		return table.toString().stripTrailing();
	}

	/** Where a member of an interface lies, on both ABIs. */
	private static String offsets(Member member) {
		if (!(member.eContainer() instanceof Interface iface)) {
			return null;
		}
		try {
			Slot x64 = InterfaceLayout.compute(iface, Abi.X64).slotOf(member);
			Slot x86 = InterfaceLayout.compute(iface, Abi.X86).slotOf(member);
			if (x64 == null || x86 == null) {
				return null;
			}
			return "offset " + x64.offset() + " on x64 (" + x64.size() + " bytes), " + x86.offset() + " on x86 (" + x86.size() + " bytes)";
		} catch (LayoutException e) {
			return "Layout: " + e.getMessage();
		}
	}
}
