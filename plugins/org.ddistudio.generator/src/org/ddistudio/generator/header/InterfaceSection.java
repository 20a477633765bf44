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

import java.util.List;
import java.util.Set;

import org.ddistudio.generator.c.CNames;
import org.ddistudio.generator.c.CText;
import org.ddistudio.generator.c.CTypes;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.Routine;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;

/**
 * One interface in a header: its version constant, the function types of the routines it declares
 * (with their SAL annotations), and the struct: the INTERFACE header first, then the members of every
 * version in order. A version of a chain also gets ROOT_Vn_SIZE, the Size a producer of that version
 * writes and a consumer of it asks for.
 */
final class InterfaceSection {

	private final HeaderPlan plan;
	private final Set<Interface> extended;

	/** {@code extended}: interfaces some other interface extends (they are versions of a chain too). */
	InterfaceSection(HeaderPlan plan, Set<Interface> extended) {
		this.plan = plan;
		this.extended = extended;
	}

	void append(StringBuilder out, Interface iface) {
		String name = iface.getName();
		boolean wdk = CNames.isWdk(iface);
		out.append("/* ---- ").append(name).append(wdk ? " (declared by the WDK in " + iface.getDeclaredIn() + ")" : "").append(" ---- */\n\n");
		if (wdk) {
			appendWdkConstants(out, iface);
		} else {
			out.append("#define ").append(CNames.version(iface)).append(' ').append(CText.version(iface.getVersion())).append("\n");
		}
		boolean versioned = (iface.getBase() != null && !iface.getBase().eIsProxy()) || extended.contains(iface);
		if (versioned) {
			out.append("#define ").append(CNames.versionSize(iface)).append(" sizeof(").append(name).append(")\n");
		}
		out.append('\n');
		for (Member member : iface.getMembers()) {
			if (member instanceof Routine routine) {
				appendRoutineType(out, routine);
			}
		}
		out.append(CText.docComment(iface.getDocumentation(), ""));
		out.append(facts(iface));
		if (wdk) {
			out.append("/* The WDK's struct, not redefined: the model's size and member offsets are asserted against it. */\n");
			LayoutAsserts.appendInterface(out, iface);
			return;
		}
		out.append("typedef struct _").append(name).append(" {\n");
		out.append("    /* Size, Version, Context, InterfaceReference, InterfaceDereference */\n");
		out.append("    INTERFACE InterfaceHeader;\n");
		List<Interface> chain = Interfaces.versionChain(iface);
		for (Interface version : chain) {
			if (chain.size() > 1 && !version.getMembers().isEmpty()) {
				out.append("    /* ").append(version == iface ? "added by this version" : "from " + version.getName()).append(" */\n");
			}
			for (Member member : version.getMembers()) {
				out.append(CText.docComment(member.getDocumentation(), "    "));
				out.append("    ").append(memberDeclaration(member)).append('\n');
			}
		}
		out.append("} ").append(name);
		String pointer = CNames.pointer(name);
		if (!plan.isDeclaredName(pointer)) {
			out.append(", *").append(pointer);
		}
		out.append(";\n\n");
		LayoutAsserts.append(out, name, abi -> InterfaceLayout.compute(iface, abi).size());
	}

	/**
	 * The version constant where the WDK has none (checked against the model where it has one), and a
	 * declaration of the WDK's GUID, which wdmguid.h defines after initguid.h.
	 */
	private static void appendWdkConstants(StringBuilder out, Interface iface) {
		String version = CNames.version(iface);
		String value = CText.version(iface.getVersion());
		out.append("#ifndef ").append(version).append("\n#define ").append(version).append(' ').append(value).append("\n#endif\n");
		out.append("C_ASSERT(").append(version).append(" == ").append(value).append(");\n");
		if (CNames.guidOwner(iface) == iface && iface.getGuid() != null) {
			out.append("/* ").append(iface.getGuid()).append(": the WDK's, defined where <wdmguid.h> follows <initguid.h>. */\n");
			out.append("EXTERN_C CONST GUID ").append(CNames.guid(iface)).append(";\n");
		}
	}

	/** What the model says beyond the C types: GUID, references, specific data, two-way members. */
	private static String facts(Interface iface) {
		StringBuilder facts = new StringBuilder("/*\n");
		facts.append(" * InterfaceType ").append(CNames.guid(iface)).append(", Version ").append(CNames.version(iface)).append(".\n");
		facts.append(" * References: ").append(iface.getReferenceCounting() == ReferenceCounting.COUNTED
				? "counted (InterfaceReference/InterfaceDereference keep a real count)."
				: "no-op (WdfDeviceInterfaceReferenceNoOp/DereferenceNoOp).").append('\n');
		if (iface.getSpecificData() != null) {
			facts.append(" * InterfaceSpecificData: ").append(CTypes.type(iface.getSpecificData())).append(".\n");
		}
		if (iface.isTwoWay()) {
			facts.append(" * Two-way: members marked [consumer] are filled by the consumer before the query.\n");
		}
		if (iface.isDeprecated()) {
			facts.append(" * Deprecated: new consumers should request a later version.\n");
		}
		return facts.append(" */\n").toString();
	}

	private static void appendRoutineType(StringBuilder out, Routine routine) {
		String type = CNames.routineType(routine);
		out.append(CText.docComment(routine.getDocumentation(), ""));
		// NTAPI as the WDK's own interface routines: __stdcall on x86 whatever the caller's default convention.
		out.append("typedef _Function_class_(").append(type).append(")\n");
		out.append(CTypes.returnType(routine)).append(" NTAPI ").append(type).append(CTypes.parameterList(routine, "    ")).append(";\n");
		out.append("typedef ").append(type).append(" *").append(CNames.pointer(type)).append(";\n\n");
	}

	private static String memberDeclaration(Member member) {
		String consumer = member.isConsumerSupplied() ? " /* [consumer] */" : "";
		if (member instanceof Routine routine) {
			return CNames.pointer(CNames.routineType(routine)) + " " + routine.getName() + ";" + consumer;
		}
		return CTypes.field((Field) member) + consumer;
	}
}
