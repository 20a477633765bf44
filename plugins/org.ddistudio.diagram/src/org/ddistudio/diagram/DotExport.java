/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.diagram;

import org.ddistudio.model.Device;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.TargetBinding;

/**
 * The system as a Graphviz DOT graph, for people who lay out with dot or paste into other tools:
 * one record node per device listing its stack top-down, solid enumeration edges, dashed remote
 * targets. Needs no layout: dot does its own.
 */
public final class DotExport {

	private DotExport() {
	}

	public static String toDot(SystemLayout system) {
		StringBuilder out = new StringBuilder();
		out.append("digraph ").append(id(system.getName())).append(" {\n");
		out.append("  rankdir=TB;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
		for (Device device : system.getDevices()) {
			StringBuilder label = new StringBuilder();
			for (DiagramNode.Row row : StackDiagrams.rows(device)) {
				label.append(escape(row.text())).append("\\l");
			}
			out.append("  ").append(id(device.getName())).append(" [label=\"").append(label).append("\"];\n");
		}
		for (Device device : system.getDevices()) {
			if (device.getParent() != null && device.getParent().getName() != null) {
				out.append("  ").append(id(device.getParent().getName())).append(" -> ").append(id(device.getName())).append(";\n");
			}
			for (TargetBinding binding : device.getTargets()) {
				if (binding.getDevice() != null && binding.getTarget() != null && binding.getDevice().getName() != null) {
					out.append("  ").append(id(device.getName())).append(" -> ").append(id(binding.getDevice().getName()))
							.append(" [style=dashed, label=\"target ").append(escape(binding.getTarget().getName())).append("\"];\n");
				}
			}
		}
		return out.append("}\n").toString();
	}

	/**
	 * Every ID quoted, always: a DDI name is a C identifier, but {@code Node}, {@code Edge},
	 * {@code Graph}, {@code strict} or {@code subgraph} are DOT keywords (case-insensitively), and
	 * written bare they make Graphviz fail with a syntax error.
	 */
	private static String id(String name) {
		return "\"" + escape(String.valueOf(name)) + "\"";
	}

	/**
	 * Inside a DOT string {@code \"} is the quote; the backslash is doubled so that a name ending in
	 * one cannot swallow the closing quote, and label text keeps a literal backslash.
	 */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
