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

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/**
 * Runs ELK's layered layout on a thread with a stack of its own. Some of ELK's phases recurse once per
 * layer, and a device tree ten thousand devices deep has ten thousand layers: on a thread's default
 * stack (512 KiB to 1 MiB) that ended in a StackOverflowError. We cannot make ELK iterative, so its
 * walk gets room in proportion to what a model can ask: the stack is reserved address space, only the
 * part a layout really uses is ever committed.
 */
final class DeepLayout {

	/** Room for ELK on a tree of ten thousand levels and more (its deepest recursion grows with the number of layers). */
	static final long STACK_BYTES = 512L * 1024 * 1024;

	private DeepLayout() {
	}

	/** Lays out {@code root} in place; errors of the layout are thrown here as they were thrown there. */
	static void layout(ElkNode root) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
			} catch (Throwable t) { // handed to the caller's thread below
				failure.set(t);
			}
		}, "ddi-diagram-layout", STACK_BYTES);
		thread.start();
		try {
			thread.join();
		} catch (InterruptedException e) {
			thread.interrupt();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while laying out the diagram", e);
		}
		Throwable t = failure.get();
		if (t instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (t instanceof Error error) {
			throw error;
		}
		if (t != null) {
			throw new IllegalStateException(t);
		}
	}
}
