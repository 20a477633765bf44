/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.sim.Finding;
import org.ddistudio.sim.Machine;
import org.ddistudio.sim.SimEvent;

/**
 * Breadth-first search of one slice: states are expanded in order of depth and each new state is
 * remembered by its canonical key, so the first defect met is at the smallest depth there is, and
 * every state is expanded once. Each event is applied to a copy of its state without trace; the path
 * to a defect is rebuilt from parent links and replayed with trace by the caller.
 */
final class Explorer {

	/** A reached state; {@code machine} is dropped once the state is expanded. */
	private static final class Node {
		final Node parent;
		final SimEvent event;
		final int depth;
		Machine machine;

		Node(Node parent, SimEvent event, int depth, Machine machine) {
			this.parent = parent;
			this.event = event;
			this.depth = depth;
			this.machine = machine;
		}
	}

	private final TeardownEvents events;

	Explorer(TeardownEvents events) {
		this.events = events;
	}

	/**
	 * Searches {@code slice} from {@code start} for a defect of at most {@code limit} events. Returns the
	 * events of a shortest defect, or null (then {@code budget.hit} says whether a bound cut the search).
	 * {@code firstStep} is the step number of the first event after the start (for findings).
	 */
	List<SimEvent> search(Machine start, boolean[] slice, int limit, int firstStep, Budget budget) {
		Set<StateKey> visited = new HashSet<>();
		long[] scratch = new long[2];
		ArrayDeque<Node> queue = new ArrayDeque<>();
		visited.add(StateKey.of(start, scratch));
		if (!budget.admit()) {
			return null;
		}
		queue.add(new Node(null, null, 0, start));
		while (!queue.isEmpty()) {
			Node node = queue.poll();
			if (budget.stop(queue.size(), node.depth)) {
				return null;
			}
			Machine machine = node.machine;
			node.machine = null;
			List<SimEvent> next = events.enabled(machine, slice);
			if (next.isEmpty()) {
				continue;
			}
			if (node.depth >= limit) {
				// breadth first: every shallower state is expanded; this one has events left beyond the limit
				if (limit >= budget.maxDepth) {
					budget.hit = Bound.DEPTH;
				}
				return null;
			}
			budget.deepest = Math.max(budget.deepest, node.depth + 1);
			for (SimEvent event : next) {
				Machine successor = machine.copy();
				Machine.Outcome outcome = successor.apply(event, firstStep + node.depth, false);
				budget.transitions++;
				if (isDefect(outcome)) {
					return path(node, event);
				}
				if (visited.add(StateKey.of(successor, scratch))) {
					if (!budget.admit()) {
						return null;
					}
					queue.add(new Node(node, event, node.depth + 1, successor));
				}
			}
		}
		return null;
	}

	static boolean isDefect(Machine.Outcome outcome) {
		if (outcome.bugCheck() != null) {
			return true;
		}
		for (Finding finding : outcome.findings()) {
			if (Invariant.violatedBy(finding) != null) {
				return true;
			}
		}
		return false;
	}

	private static List<SimEvent> path(Node node, SimEvent last) {
		List<SimEvent> events = new ArrayList<>();
		events.add(last);
		for (Node n = node; n.event != null; n = n.parent) {
			events.add(n.event);
		}
		Collections.reverse(events);
		return events;
	}
}
