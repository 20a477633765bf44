/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.header;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.GeneratedMark;
import org.ddistudio.generator.c.CNames;
import org.ddistudio.generator.c.CText;
import org.ddistudio.generator.c.GuidLiteral;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Interface;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.layout.Guids;

/**
 * Writes one WDK-style header: GUIDs with DEFINE_GUID, an include guard, the #includes of the
 * headers it depends on, the declared types, then each interface (see {@link InterfaceSection}).
 */
public final class HeaderGenerator {

	private final HeaderPlan plan;
	private final InterfaceSection interfaces;
	private final TypeSection types;

	public HeaderGenerator(HeaderPlan plan, Set<Interface> extendedInterfaces) {
		this.plan = plan;
		this.interfaces = new InterfaceSection(plan, extendedInterfaces);
		this.types = new TypeSection(plan);
	}

	/** The include guard macro of a header file. */
	public static String guardOf(String fileName) {
		return "DDI_" + CText.macroName(fileName);
	}

	public GeneratedFile generate(HeaderPlan.Header header) {
		String guard = guardOf(header.fileName());
		StringBuilder out = new StringBuilder(GeneratedMark.banner(header.fileName(), sourceName(header)));
		out.append("#include <wdm.h>\n");
		for (String include : wdkIncludes(header)) {
			out.append("#include ").append(include).append('\n');
		}
		out.append('\n');
		appendGuids(out, header, guard);
		out.append("#ifndef ").append(guard).append('\n').append("#define ").append(guard).append("\n\n");
		for (String include : includes(header)) {
			out.append("#include \"").append(include).append("\"\n");
		}
		out.append('\n');
		out.append("/* The role types of routines name their class for Code Analysis and SDV; empty where sal.h lacks it. */\n");
		out.append("#ifndef _Function_class_\n#define _Function_class_(name)\n#endif\n\n");
		List<TypeDeclaration> typeDeclarations = new ArrayList<>();
		List<Interface> interfaceDeclarations = new ArrayList<>();
		for (Declaration declaration : header.declarations()) {
			if (declaration instanceof Interface iface) {
				interfaceDeclarations.add(iface);
			} else if (declaration instanceof TypeDeclaration type) {
				typeDeclarations.add(type);
			}
		}
		types.append(out, typeDeclarations);
		for (Interface iface : basesFirst(interfaceDeclarations)) {
			interfaces.append(out, iface);
		}
		out.append("#endif /* ").append(guard).append(" */\n");
		return new GeneratedFile(header.fileName(), out.toString(), origin(header));
	}

	/** "the header of toaster.ddi", or of one interface of it (--headers per-interface). */
	private static String origin(HeaderPlan.Header header) {
		List<Declaration> declarations = header.declarations();
		if (declarations.size() == 1 && declarations.get(0) instanceof Interface iface && header.fileName().equals(iface.getName() + ".h")) {
			return "the header of interface " + iface.getName() + " in " + sourceName(header);
		}
		return "the header of " + sourceName(header);
	}

	private static String sourceName(HeaderPlan.Header header) {
		return header.source().eResource() == null ? "a .ddi model" : header.source().eResource().getURI().lastSegment();
	}

	/**
	 * The GUIDs sit outside the include guard, under a guard of their own that only stops a second
	 * instantiation: included before initguid.h they are declared, included again after it they are
	 * defined; a third inclusion would define them twice.
	 */
	private static void appendGuids(StringBuilder out, HeaderPlan.Header header, String guard) {
		List<Interface> owners = new ArrayList<>();
		for (Declaration declaration : header.declarations()) {
			// The WDK's own interfaces have their GUIDs in the WDK (wdmguid.h): InterfaceSection declares them.
			if (declaration instanceof Interface iface && Guids.isWellFormed(iface.getGuid()) && !CNames.isWdk(iface)) {
				owners.add(iface);
			}
		}
		if (owners.isEmpty()) {
			return;
		}
		String instantiated = guard + "_GUIDS_INSTANTIATED";
		out.append("/* Interface type GUIDs: declared, or defined where <initguid.h> was included first. */\n");
		out.append("#if !defined(INITGUID) || !defined(").append(instantiated).append(")\n");
		out.append("#ifdef INITGUID\n#define ").append(instantiated).append("\n#endif\n");
		for (Interface iface : owners) {
			out.append("/* ").append(iface.getGuid()).append(" */\n");
			out.append("DEFINE_GUID(").append(CNames.guid(iface)).append(", ").append(GuidLiteral.defineGuidArguments(iface.getGuid()))
					.append(");\n");
		}
		out.append("#endif\n\n");
	}

	/** The WDK headers that declare interfaces and types of this header (besides wdm.h), in order of appearance. */
	private static Set<String> wdkIncludes(HeaderPlan.Header header) {
		Set<String> result = new LinkedHashSet<>();
		for (Declaration declaration : header.declarations()) {
			if (CNames.isWdk(declaration) && !declaration.getDeclaredIn().equals("<wdm.h>")) {
				result.add(declaration.getDeclaredIn());
			}
		}
		return result;
	}

	/** Headers of the declarations used here that live in other headers, sorted for a stable output. */
	private Set<String> includes(HeaderPlan.Header header) {
		Set<String> result = new TreeSet<>();
		for (Declaration declaration : header.declarations()) {
			for (Declaration used : Dependencies.all(declaration)) {
				HeaderPlan.Header other = plan.headerOf(used);
				if (other != null && other != header) {
					result.add(other.fileName());
				}
			}
		}
		return result;
	}

	/** Interfaces of one header with every base before the versions that extend it. */
	private static List<Interface> basesFirst(List<Interface> interfaces) {
		Set<Interface> ordered = new LinkedHashSet<>();
		for (Interface iface : interfaces) {
			List<Interface> chain = org.ddistudio.model.layout.Interfaces.versionChain(iface);
			for (Interface version : chain) {
				if (interfaces.contains(version)) {
					ordered.add(version);
				}
			}
		}
		return new ArrayList<>(ordered);
	}
}
