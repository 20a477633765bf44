package org.ddistudio.model.synthetic;

import java.util.stream.Collectors;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Producer;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.Routine;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.layout.BaseTypes;

/**
 * Prints the constructs the synthetic generator uses as .ddi text in the canonical layout, so that
 * parser and editor benchmarks read the very systems the simulator benchmarks run.
 */
final class SyntheticText {

	private SyntheticText() {
	}

	static String print(DdiModel model) {
		StringBuilder out = new StringBuilder();
		if (model.getName() != null) {
			out.append("package ").append(model.getName()).append("\n\n");
		}
		for (Declaration declaration : model.getDeclarations()) {
			if (declaration instanceof Interface iface) {
				printInterface(iface, out);
			} else if (declaration instanceof Driver driver) {
				printDriver(driver, out);
			} else if (declaration instanceof SystemLayout system) {
				printSystem(system, out);
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static void printInterface(Interface iface, StringBuilder out) {
		out.append("interface ").append(iface.getName()).append(" {\n");
		out.append("    guid ").append(iface.getGuid()).append('\n');
		out.append("    version ").append(iface.getVersion()).append('\n');
		out.append("    references ").append(iface.getReferenceCounting().getLiteral()).append('\n');
		for (Member member : iface.getMembers()) {
			out.append("    ");
			if (member instanceof Routine routine) {
				out.append(BaseTypes.toC(routine.getReturnType())).append(' ').append(routine.getName()).append('(');
				out.append(routine.getParameters().stream().map(SyntheticText::parameter).collect(Collectors.joining(", ")));
				out.append(");\n");
			} else {
				Field field = (Field) member;
				out.append(BaseTypes.toC(field.getType())).append(' ').append(field.getName()).append(";\n");
			}
		}
		out.append("}\n");
	}

	private static String parameter(Parameter parameter) {
		String sal = parameter.getAnnotation() == null ? "" : parameter.getAnnotation().getKind().getLiteral() + " ";
		return sal + BaseTypes.toC(parameter.getType()) + " " + parameter.getName();
	}

	private static void printDriver(Driver driver, StringBuilder out) {
		out.append("driver ").append(driver.getName()).append(' ').append(driver.getKind().getLiteral()).append(' ')
				.append(driver.getFramework().getLiteral()).append(" {\n");
		for (RemoteTargetDecl target : driver.getTargets()) {
			out.append("    target ").append(target.getName()).append(" open ").append(target.getOpenMode().getLiteral()).append(" {\n");
			for (TargetCallback callback : target.getCallbacks()) {
				out.append("        ").append(callback.getEvent().getLiteral());
				if (callback.getActions().isEmpty()) {
					out.append(" none");
				}
				callback.getActions().forEach(a -> out.append(' ').append(a.getLiteral()));
				out.append('\n');
			}
			out.append("    }\n");
		}
		for (Producer producer : driver.getProducers()) {
			out.append("    produce ").append(producer.getInterface().getName()).append(" on ").append(producer.getOn().getLiteral());
			if (producer.isSetReferenceCounting()) {
				out.append(" {\n        references ").append(producer.getReferenceCounting().getLiteral())
						.append(producer.isVetoQueryRemove() ? " veto-query-remove" : "").append("\n    }");
			}
			out.append('\n');
		}
		for (Consumer consumer : driver.getConsumers()) {
			out.append("    consume ").append(consumer.getInterface().getName()).append(" {\n");
			if (consumer.getTarget() != null) {
				out.append("        from target ").append(consumer.getTarget().getName()).append('\n');
			}
			out.append("        acquire ").append(consumer.getAcquire().getLiteral()).append('\n');
			out.append("        release ").append(consumer.getRelease().getLiteral()).append('\n');
			if (!consumer.getUses().isEmpty()) {
				out.append("        calls ").append(consumer.getUses().stream().map(Member::getName).collect(Collectors.joining(", "))).append('\n');
			}
			out.append("    }\n");
		}
		out.append("}\n");
	}

	private static void printSystem(SystemLayout system, StringBuilder out) {
		out.append("system ").append(system.getName()).append(" {\n");
		for (Device device : system.getDevices()) {
			out.append("    device ").append(device.getName());
			if (device.getParent() != null) {
				out.append(" parent ").append(device.getParent().getName());
			}
			out.append(" {\n");
			for (StackLayer layer : device.getLayers()) {
				out.append("        ").append(layer.getRole().getLiteral()).append(' ')
						.append(layer.getDriver() == null ? "root" : layer.getDriver().getName()).append('\n');
			}
			for (TargetBinding binding : device.getTargets()) {
				out.append("        target ").append(binding.getTarget().getName()).append(" -> ").append(binding.getDevice().getName()).append('\n');
			}
			out.append("    }\n");
		}
		out.append("}\n");
	}
}
