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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The runs of this session, newest first, like the JUnit view's history. Bounded: each run keeps its
 * models alive (for the diagram and the source links).
 */
public final class RunHistory {

	public static final int LIMIT = 10;

	private static final List<RunRecord> RUNS = new ArrayList<>();
	private static final List<Consumer<RunRecord>> LISTENERS = new CopyOnWriteArrayList<>();

	private RunHistory() {
	}

	/** Records a finished run and tells the listeners (on the thread that finished it). */
	public static void add(RunRecord run) {
		synchronized (RUNS) {
			RUNS.add(0, run);
			while (RUNS.size() > LIMIT) {
				RUNS.remove(RUNS.size() - 1);
			}
		}
		for (Consumer<RunRecord> listener : LISTENERS) {
			listener.accept(run);
		}
	}

	public static List<RunRecord> runs() {
		synchronized (RUNS) {
			return List.copyOf(RUNS);
		}
	}

	/** The newest run, or null. */
	public static RunRecord latest() {
		synchronized (RUNS) {
			return RUNS.isEmpty() ? null : RUNS.get(0);
		}
	}

	public static void clear() {
		synchronized (RUNS) {
			RUNS.clear();
		}
	}

	public static void addListener(Consumer<RunRecord> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<RunRecord> listener) {
		LISTENERS.remove(listener);
	}
}
