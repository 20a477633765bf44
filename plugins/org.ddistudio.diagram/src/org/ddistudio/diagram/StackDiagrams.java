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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.routing.Producers;
import org.ddistudio.model.routing.QueryRouter;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

/**
 * Lays out a system with the Eclipse Layout Kernel's layered algorithm: the device tree top-down,
 * parents above the children their bus drivers enumerate, remote-target edges routed orthogonally
 * between stacks. Text is measured as monospace, so layouts do not depend on installed fonts.
 */
public final class StackDiagrams {

	/** Width of one character of the diagram's 12 px monospace font. */
	static final double CHAR_WIDTH = 7.3;
	/** Height of one row of text. */
	static final double ROW_HEIGHT = 18;
	/** Space around the text inside a box. */
	static final double PADDING = 8;

	private static boolean registered;

	private StackDiagrams() {
	}

	/** ELK finds its algorithms through an extension point in Eclipse; on a plain JVM they are registered here. */
	private static synchronized void registerLayered() {
		if (!registered) {
			LayoutMetaDataService service = LayoutMetaDataService.getInstance();
			if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
				service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			}
			registered = true;
		}
	}

	/** Lays out the system; {@code highlighted} elements are emphasised when drawn. */
	public static StackDiagram layout(SystemLayout system, Set<EObject> highlighted) {
		registerLayered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));

		Map<Device, ElkNode> elkNodes = new LinkedHashMap<>();
		Map<Device, List<DiagramNode.Row>> rows = new LinkedHashMap<>();
		for (Device device : system.getDevices()) {
			List<DiagramNode.Row> lines = rows(device);
			rows.put(device, lines);
			ElkNode node = ElkGraphUtil.createNode(root);
			int longest = lines.stream().mapToInt(r -> r.text().length()).max().orElse(8);
			node.setDimensions(longest * CHAR_WIDTH + 2 * PADDING, lines.size() * ROW_HEIGHT + 2 * PADDING);
			elkNodes.put(device, node);
		}
		List<ElkEdge> elkEdges = new ArrayList<>();
		List<Object[]> edgeFacts = new ArrayList<>();
		for (Device device : system.getDevices()) {
			Device parent = device.getParent();
			if (parent != null && elkNodes.containsKey(parent) && parent != device) {
				elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(parent), elkNodes.get(device)));
				edgeFacts.add(new Object[] { DiagramEdge.Kind.ENUMERATES, parent, device, device, "" });
			}
			for (TargetBinding binding : device.getTargets()) {
				Device to = binding.getDevice();
				if (to != null && elkNodes.containsKey(to) && binding.getTarget() != null) {
					ElkEdge edge = ElkGraphUtil.createSimpleEdge(elkNodes.get(device), elkNodes.get(to));
					// remote targets cross the tree: they must not pull devices into other layers
					edge.setProperty(LayeredOptions.PRIORITY_DIRECTION, 0);
					elkEdges.add(edge);
					edgeFacts.add(new Object[] { DiagramEdge.Kind.REMOTE_TARGET, device, to, binding, "target " + binding.getTarget().getName() });
				}
			}
		}
		DeepLayout.layout(root);

		Map<Device, DiagramNode> nodes = new LinkedHashMap<>();
		for (Map.Entry<Device, ElkNode> entry : elkNodes.entrySet()) {
			ElkNode n = entry.getValue();
			nodes.put(entry.getKey(), new DiagramNode(entry.getKey(), n.getX(), n.getY(), n.getWidth(), n.getHeight(), rows.get(entry.getKey())));
		}
		List<DiagramEdge> edges = new ArrayList<>();
		for (int i = 0; i < elkEdges.size(); i++) {
			Object[] facts = edgeFacts.get(i);
			edges.add(new DiagramEdge((DiagramEdge.Kind) facts[0], nodes.get(facts[1]), nodes.get(facts[2]), (EObject) facts[3],
					route(elkEdges.get(i)), (String) facts[4]));
		}
		return new StackDiagram(system, List.copyOf(nodes.values()), edges, root.getWidth(), root.getHeight(), Set.copyOf(highlighted));
	}

	private static List<double[]> route(ElkEdge edge) {
		List<double[]> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(new double[] { section.getStartX(), section.getStartY() });
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new double[] { bend.getX(), bend.getY() });
			}
			points.add(new double[] { section.getEndX(), section.getEndY() });
		}
		return points;
	}

	/** The device's name, then its stack from the top device object down to the PDO, each with its interfaces. */
	static List<DiagramNode.Row> rows(Device device) {
		List<DiagramNode.Row> rows = new ArrayList<>();
		rows.add(new DiagramNode.Row(device.getName(), device, DiagramNode.RowKind.TITLE));
		for (StackLayer layer : QueryRouter.topDown(device)) {
			String driver = layer.getDriver() == null ? "root (PnP manager)" : layer.getDriver().getName();
			rows.add(new DiagramNode.Row(layer.getRole().getLiteral() + "  " + driver, layer, DiagramNode.RowKind.LAYER));
			for (Producer producer : Producers.on(layer)) {
				if (producer.getInterface() != null && !producer.getInterface().eIsProxy()) {
					rows.add(new DiagramNode.Row("  produces " + producer.getInterface().getName(), producer, DiagramNode.RowKind.PRODUCES));
				}
			}
			if (layer.getRole() != LayerRole.PDO && layer.getDriver() != null) {
				for (Consumer consumer : layer.getDriver().getConsumers()) {
					if (consumer.getInterface() != null && !consumer.getInterface().eIsProxy()) {
						String via = consumer.getTarget() == null ? "" : " via " + consumer.getTarget().getName();
						rows.add(new DiagramNode.Row("  consumes " + consumer.getInterface().getName() + via, consumer, DiagramNode.RowKind.CONSUMES));
					}
				}
			}
		}
		return rows;
	}
}
