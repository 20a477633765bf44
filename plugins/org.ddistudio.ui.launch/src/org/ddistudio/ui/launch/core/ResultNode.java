/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;

/**
 * One line of the results tree: a scenario or check with its verdict, a finding, a trace entry, or a
 * group of them. Built in the run's job from the simulator's and checker's results, so the view only
 * displays it.
 */
public final class ResultNode {

	/** What a node stands for; decides its icon and colour. */
	public enum Kind {
		SCENARIO, CHECK, FINDING, GROUP, TRACE, TEXT
	}

	/** The verdict of scenarios and checks, the worst verdict below a group; null for plain lines. */
	public enum Status {
		PASS, FAIL, DEFECT, INCONCLUSIVE;

		public boolean ok() {
			return this == PASS;
		}
	}

	private final Kind kind;
	private final String label;
	private final Status status;
	private final ElementLocation location;
	private final SystemLayout system;
	private final Set<EObject> devices;
	private final List<ResultNode> children = new ArrayList<>();
	private ResultNode parent;

	public ResultNode(Kind kind, String label, Status status, ElementLocation location, SystemLayout system, Set<EObject> devices) {
		this.kind = kind;
		this.label = label;
		this.status = status;
		this.location = location;
		this.system = system;
		this.devices = Set.copyOf(devices);
	}

	public ResultNode add(ResultNode child) {
		child.parent = this;
		children.add(child);
		return child;
	}

	public Kind kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	/** The verdict, or null for lines without one. */
	public Status status() {
		return status;
	}

	/** Where double-click goes, or null. */
	public ElementLocation location() {
		return location;
	}

	/** The system this line belongs to (the diagram view draws it). */
	public SystemLayout system() {
		return system;
	}

	/** The devices the diagram highlights when this line is selected. */
	public Set<EObject> devices() {
		return devices;
	}

	public List<ResultNode> children() {
		return children;
	}

	public ResultNode parent() {
		return parent;
	}

	@Override
	public String toString() {
		return label;
	}
}
