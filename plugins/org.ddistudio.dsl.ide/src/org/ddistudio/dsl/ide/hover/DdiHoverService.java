/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.layout.SizeAndAlignment;
import org.ddistudio.model.layout.TypeLayouts;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Singleton;

/**
 * Hover of the language server: the element's documentation comment (Xtext's default) followed by
 * what a driver developer otherwise computes by hand: sizeof an interface struct and offsetof each of
 * its members on x64 and x86, and size and alignment of types.
 * <p>
 * A hover service rather than an {@code IEObjectDocumentationProvider}: the runtime copies that
 * provider's text into the model's documentation feature (DocumentationComputer), which the
 * generators emit; layout figures must not leak into generated headers.
 */
@Singleton
public class DdiHoverService extends HoverService {

	private static final List<Abi> ABIS = List.of(Abi.X64, Abi.X86);

	@Override
	public String getContents(EObject element) {
		String documentation = super.getContents(element);
		List<String> layout = layoutLines(element);
		if (layout.isEmpty()) {
			return documentation;
		}
		StringBuilder markdown = new StringBuilder(documentation.strip());
		if (!markdown.isEmpty()) {
			markdown.append("\n\n---\n\n");
		}
		markdown.append(String.join("  \n", layout)); // two spaces: a markdown line break
		return markdown.toString();
	}

	/** One line per ABI, or nothing for elements without a layout. */
	static List<String> layoutLines(EObject element) {
		List<String> lines = new ArrayList<>();
		for (Abi abi : ABIS) {
			try {
				String line = layoutLine(element, abi);
				if (line == null) {
					return List.of();
				}
				lines.add("**" + abi.label() + "**: " + line);
			} catch (LayoutException | RuntimeException e) {
				// An unresolved type or a half-typed model: say why instead of failing the hover.
				lines.add("**" + abi.label() + "**: layout unknown (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
			}
		}
		return lines;
	}

	private static String layoutLine(EObject element, Abi abi) throws LayoutException {
		if (element instanceof Interface iface) {
			if (Interfaces.hasCyclicBase(iface)) {
				throw new LayoutException("cyclic extends", iface);
			}
			InterfaceLayout layout = InterfaceLayout.compute(iface, abi);
			return "sizeof " + layout.size() + " bytes, alignment " + layout.alignment() + " ("
					+ InterfaceLayout.headerSize(abi) + "-byte INTERFACE header + "
					+ (layout.slots().size() - InterfaceLayout.HEADER_SLOTS) + " members)";
		}
		if (element instanceof Member member && member.eContainer() instanceof Interface iface) {
			if (Interfaces.hasCyclicBase(iface)) {
				throw new LayoutException("cyclic extends", iface);
			}
			InterfaceLayout.Slot slot = InterfaceLayout.compute(iface, abi).slotOf(member);
			return slot == null ? null : "offset " + slot.offset() + ", " + slot.size() + " bytes in " + iface.getName();
		}
		if (element instanceof TypeDeclaration type) {
			SizeAndAlignment layout = TypeLayouts.ofDeclaration(type, abi);
			return "sizeof " + layout.size() + " bytes, alignment " + layout.alignment();
		}
		return null;
	}
}
