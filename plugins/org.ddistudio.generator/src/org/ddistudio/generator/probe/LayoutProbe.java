/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.probe;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.generator.c.CNames;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.StructType;
import org.ddistudio.model.TypeDeclaration;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.layout.SizeAndAlignment;
import org.ddistudio.model.layout.TypeLayouts;

/**
 * A C translation unit whose one array holds sizeof, alignment and offsetof of every generated struct
 * (or WDK struct the model describes), and the values the model's layout calculator predicts for one
 * ABI. Compiled to assembly by the target's compiler (a cross compiler: nothing has to run), the
 * array's initializers are what the compiler made of the structs; {@link #values} reads them back,
 * and they must equal {@link #expected}: the C and DDI Studio's layouts then agree.
 */
public final class LayoutProbe {

	private LayoutProbe() {
	}

	/** One probed quantity: the C expression that prints it and the model's value per ABI. */
	private record Line(String label, String expression, long x64, long x86) {
	}

	/** The name of the probe's array. */
	public static final String ARRAY = "ddi_layout_probe";

	/** The probe's C source; it includes {@code headers}. */
	public static String source(List<DdiModel> models, List<String> headers) {
		StringBuilder out = new StringBuilder("/* DDI Studio layout probe: what the compiler made of the structs, as initializers. */\n");
		out.append("#include <stddef.h>\n");
		for (String header : headers) {
			out.append("#include \"").append(header).append("\"\n");
		}
		out.append("\nconst unsigned int ").append(ARRAY).append("[] = {\n");
		for (Line line : lines(models)) {
			out.append("    (unsigned int)(").append(line.expression()).append("), /* ").append(line.label()).append(" */\n");
		}
		// A last entry keeps the array non-empty and marks its end.
		out.append("    0xDD1u\n};\n");
		return out.toString();
	}

	/** What the probe must yield on {@code abi}, one "label value" line per quantity. */
	public static List<String> expected(List<DdiModel> models, Abi abi) {
		return lines(models).stream().map(l -> l.label() + " " + (abi == Abi.X64 ? l.x64() : l.x86())).toList();
	}

	/** The same lines with the values the compiler put into the probe's array (read from its assembly). */
	public static List<String> actual(List<DdiModel> models, String assembly) {
		List<Long> values = values(assembly);
		List<Line> lines = lines(models);
		List<String> result = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			result.add(lines.get(i).label() + " " + (i < values.size() ? values.get(i) : "(missing)"));
		}
		return result;
	}

	/**
	 * The initializers of the probe's array in gcc's assembly: ".long N" per value, ".zero N" or
	 * ".space N" for a run of zero bytes; the end mark is dropped.
	 */
	static List<Long> values(String assembly) {
		List<Long> values = new ArrayList<>();
		boolean inArray = false;
		for (String raw : assembly.lines().toList()) {
			String line = raw.trim();
			if (!inArray) {
				inArray = line.equals(ARRAY + ":") || line.equals("_" + ARRAY + ":");
				continue;
			}
			String[] parts = line.split("\\s+");
			if (parts.length == 2 && parts[0].equals(".long")) {
				values.add(Long.decode(parts[1]));
			} else if (parts.length == 2 && (parts[0].equals(".zero") || parts[0].equals(".space"))) {
				for (long i = 0; i < Long.decode(parts[1]) / 4; i++) {
					values.add(0L);
				}
			} else {
				break;
			}
		}
		if (!values.isEmpty() && values.getLast() == 0xDD1L) {
			values.removeLast();
		}
		return values;
	}

	private static List<Line> lines(List<DdiModel> models) {
		List<Line> lines = new ArrayList<>();
		for (DdiModel model : models) {
			for (Declaration declaration : model.getDeclarations()) {
				try {
					if (declaration instanceof Interface iface) {
						addInterface(lines, iface);
					} else if (declaration instanceof TypeDeclaration type) {
						addType(lines, type);
					}
				} catch (LayoutException e) {
					// An invalid layout is the validator's to report; such a model is not generated.
				}
			}
		}
		return lines;
	}

	private static void addInterface(List<Line> lines, Interface iface) throws LayoutException {
		String name = iface.getName();
		InterfaceLayout x64 = InterfaceLayout.compute(iface, Abi.X64);
		InterfaceLayout x86 = InterfaceLayout.compute(iface, Abi.X86);
		lines.add(new Line("sizeof " + name, "sizeof(" + name + ")", x64.size(), x86.size()));
		lines.add(new Line("alignof " + name, "_Alignof(" + name + ")", x64.alignment(), x86.alignment()));
		for (int i = 0; i < x64.slots().size(); i++) {
			InterfaceLayout.Slot slot = x64.slots().get(i);
			String member = (i < InterfaceLayout.HEADER_SLOTS ? CNames.headerMember(iface) : "") + slot.name();
			lines.add(new Line("offsetof " + name + "." + member, "offsetof(" + name + ", " + member + ")", slot.offset(),
					x86.slots().get(i).offset()));
		}
	}

	private static void addType(List<Line> lines, TypeDeclaration type) throws LayoutException {
		String name = type.getName();
		SizeAndAlignment x64 = TypeLayouts.ofDeclaration(type, Abi.X64);
		SizeAndAlignment x86 = TypeLayouts.ofDeclaration(type, Abi.X86);
		lines.add(new Line("sizeof " + name, "sizeof(" + name + ")", x64.size(), x86.size()));
		lines.add(new Line("alignof " + name, "_Alignof(" + name + ")", x64.alignment(), x86.alignment()));
		if (type instanceof StructType struct) {
			long offset64 = 0;
			long offset86 = 0;
			for (Field field : struct.getFields()) {
				SizeAndAlignment f64 = TypeLayouts.ofField(field, Abi.X64);
				SizeAndAlignment f86 = TypeLayouts.ofField(field, Abi.X86);
				offset64 = SizeAndAlignment.align(offset64, f64.alignment());
				offset86 = SizeAndAlignment.align(offset86, f86.alignment());
				lines.add(new Line("offsetof " + name + "." + field.getName(), "offsetof(" + name + ", " + field.getName() + ")", offset64,
						offset86));
				offset64 += f64.size();
				offset86 += f86.size();
			}
		}
	}
}
