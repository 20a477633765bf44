/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.c;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.Field;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Routine;
import org.ddistudio.model.SalAnnotation;
import org.ddistudio.model.SalKind;
import org.ddistudio.model.TypeRef;

/** Model types and members written as C declarations. */
public final class CTypes {

	private CTypes() {
	}

	/** A type use: "ULONG", "CONST UCHAR *", "TOASTER_RING *". Declared types go by simple name (C has no packages). */
	public static String type(TypeRef ref) {
		String name = ref.getDeclared() != null ? ref.getDeclared().getName() : ref.getBaseType().getLiteral();
		String stars = ref.getPointerLevel() > 0 ? " " + "*".repeat(ref.getPointerLevel()) : "";
		return (ref.isConst() ? "CONST " : "") + name + stars;
	}

	/** A data member: "UCHAR Channels[4];". */
	public static String field(Field field) {
		String array = field.getArrayLength() > 0 ? "[" + field.getArrayLength() + "]" : "";
		return join(type(field.getType()), field.getName()) + array + ";";
	}

	/** "TYPE NAME", without a blank between a trailing '*' and the name. */
	public static String join(String type, String name) {
		return type.endsWith("*") ? type + name : type + " " + name;
	}

	/** The SAL annotation as written in C: "_In_", "_In_reads_(Count)". */
	public static String sal(SalAnnotation annotation) {
		if (annotation == null) {
			return "";
		}
		String macro = salMacro(annotation.getKind());
		return macro.endsWith("_") && annotation.getSizeArgument() != null && takesSize(annotation.getKind())
				? macro + "(" + annotation.getSizeArgument() + ")"
				: macro;
	}

	private static boolean takesSize(SalKind kind) {
		return switch (kind) {
		case IN_READS, IN_READS_OPT, IN_READS_BYTES, IN_READS_BYTES_OPT, OUT_WRITES, OUT_WRITES_OPT, OUT_WRITES_BYTES,
				OUT_WRITES_BYTES_OPT, INOUT_UPDATES, INOUT_UPDATES_BYTES -> true;
		default -> false;
		};
	}

	private static String salMacro(SalKind kind) {
		return switch (kind) {
		case IN -> "_In_";
		case OUT -> "_Out_";
		case INOUT -> "_Inout_";
		case IN_OPT -> "_In_opt_";
		case OUT_OPT -> "_Out_opt_";
		case INOUT_OPT -> "_Inout_opt_";
		case IN_READS -> "_In_reads_";
		case IN_READS_OPT -> "_In_reads_opt_";
		case IN_READS_BYTES -> "_In_reads_bytes_";
		case IN_READS_BYTES_OPT -> "_In_reads_bytes_opt_";
		case OUT_WRITES -> "_Out_writes_";
		case OUT_WRITES_OPT -> "_Out_writes_opt_";
		case OUT_WRITES_BYTES -> "_Out_writes_bytes_";
		case OUT_WRITES_BYTES_OPT -> "_Out_writes_bytes_opt_";
		case INOUT_UPDATES -> "_Inout_updates_";
		case INOUT_UPDATES_BYTES -> "_Inout_updates_bytes_";
		case OUTPTR -> "_Outptr_";
		case OUTPTR_OPT -> "_Outptr_opt_";
		case OUTPTR_RESULT_MAYBENULL -> "_Outptr_result_maybenull_";
		case RESERVED -> "_Reserved_";
		};
	}

	/** The parameters of a routine, one per entry, with their SAL annotations. */
	public static List<String> parameters(Routine routine) {
		List<String> result = new ArrayList<>();
		for (Parameter parameter : routine.getParameters()) {
			String sal = sal(parameter.getAnnotation());
			result.add((sal.isEmpty() ? "" : sal + " ") + join(type(parameter.getType()), parameter.getName()));
		}
		return result;
	}

	/** The parameter list of a function type, one parameter per line after "(": "(\n    _In_ PVOID Context\n    )". */
	public static String parameterList(Routine routine, String indent) {
		List<String> parameters = parameters(routine);
		if (parameters.isEmpty()) {
			return "(VOID)";
		}
		return "(\n" + indent + String.join(",\n" + indent, parameters) + "\n" + indent + ")";
	}

	/** The return type of a routine. */
	public static String returnType(Routine routine) {
		return routine.getReturnType() == null ? "VOID" : type(routine.getReturnType());
	}
}
