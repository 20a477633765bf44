package org.ddistudio.generator.probe;

import java.util.ArrayList;
import java.util.List;

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
 * A C program that prints sizeof, alignment and offsetof of every generated struct, and the lines the
 * model's layout calculator predicts for one ABI. Compiled with the generated headers and run, its
 * output must equal {@link #expected}: the generated C and DDI Studio's layouts then agree.
 */
public final class LayoutProbe {

	private LayoutProbe() {
	}

	/** One probed quantity: the C expression that prints it and the model's value per ABI. */
	private record Line(String label, String expression, long x64, long x86) {
	}

	/** The probe's C source; it includes {@code headers}. */
	public static String source(List<DdiModel> models, List<String> headers) {
		StringBuilder out = new StringBuilder("/* DDI Studio layout probe: prints what the compiler made of the generated structs. */\n");
		out.append("#include <stdio.h>\n#include <stddef.h>\n");
		for (String header : headers) {
			out.append("#include \"").append(header).append("\"\n");
		}
		out.append("\nint main(void)\n{\n");
		for (Line line : lines(models)) {
			out.append("    printf(\"").append(line.label()).append(" %lu\\n\", (unsigned long)(").append(line.expression()).append("));\n");
		}
		out.append("    return 0;\n}\n");
		return out.toString();
	}

	/** What the probe must print on {@code abi}, one line per quantity. */
	public static List<String> expected(List<DdiModel> models, Abi abi) {
		return lines(models).stream().map(l -> l.label() + " " + (abi == Abi.X64 ? l.x64() : l.x86())).toList();
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
			String member = (i < InterfaceLayout.HEADER_SLOTS ? "InterfaceHeader." : "") + slot.name();
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
