/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Routine;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.StructType;
import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * The outline of a parsed .ddi file: declarations, and inside them what a driver developer navigates
 * to (interface members, a driver's produced and consumed interfaces, a system's devices and scenarios).
 */
public class OutlineComputer {

	@Inject
	private ILocationInFileProvider locations;

	/** The top-level entries of a resource. */
	public List<OutlineNode> compute(XtextResource resource) {
		List<OutlineNode> nodes = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof DdiModel model) {
			for (Declaration declaration : model.getDeclarations()) {
				nodes.add(node(declaration, declaration.getName(), kindOf(declaration), children(declaration)));
			}
		}
		return nodes;
	}

	private List<OutlineNode> children(Declaration declaration) {
		List<OutlineNode> children = new ArrayList<>();
		if (declaration instanceof Interface iface) {
			for (Member member : iface.getMembers()) {
				children.add(node(member, member.getName() + (member instanceof Routine ? "()" : ""),
						member instanceof Routine ? "routine" : "field", List.of()));
			}
		} else if (declaration instanceof StructType struct) {
			struct.getFields().forEach(f -> children.add(node(f, f.getName(), "field", List.of())));
		} else if (declaration instanceof Driver driver) {
			driver.getProducers().forEach(p -> children.add(node(p, "produces " + referenceText(p, DdiPackage.Literals.PRODUCER__INTERFACE), "producer", List.of())));
			driver.getConsumers().forEach(c -> children.add(node(c, "consumes " + referenceText(c, DdiPackage.Literals.CONSUMER__INTERFACE), "consumer", List.of())));
		} else if (declaration instanceof SystemLayout system) {
			for (Device device : system.getDevices()) {
				children.add(node(device, device.getName(), "device", List.of()));
			}
			for (Scenario scenario : system.getScenarios()) {
				children.add(node(scenario, scenario.getName(), "scenario", List.of()));
			}
		}
		return children;
	}

	private OutlineNode node(EObject element, String label, String kind, List<OutlineNode> children) {
		ITextRegion region = locations.getSignificantTextRegion(element);
		return new OutlineNode(label == null ? "?" : label, kind, region.getOffset(), region.getLength(), children);
	}

	/** A reference as written (resolving it would load and link for nothing, and an unresolved one has no name). */
	private static String referenceText(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static String kindOf(Declaration declaration) {
		return switch (declaration) {
			case Interface i -> "interface";
			case Driver d -> "driver";
			case SystemLayout s -> "system";
			default -> "type";
		};
	}
}
