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

	private static final List<SimulationRun> RUNS = new ArrayList<>();
	private static final List<Consumer<SimulationRun>> LISTENERS = new CopyOnWriteArrayList<>();

	private RunHistory() {
	}

	/** Records a finished run and tells the listeners (on the thread that finished it). */
	public static void add(SimulationRun run) {
		synchronized (RUNS) {
			RUNS.add(0, run);
			while (RUNS.size() > LIMIT) {
				RUNS.remove(RUNS.size() - 1);
			}
		}
		for (Consumer<SimulationRun> listener : LISTENERS) {
			listener.accept(run);
		}
	}

	public static List<SimulationRun> runs() {
		synchronized (RUNS) {
			return List.copyOf(RUNS);
		}
	}

	/** The newest run, or null. */
	public static SimulationRun latest() {
		synchronized (RUNS) {
			return RUNS.isEmpty() ? null : RUNS.get(0);
		}
	}

	public static void clear() {
		synchronized (RUNS) {
			RUNS.clear();
		}
	}

	public static void addListener(Consumer<SimulationRun> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<SimulationRun> listener) {
		LISTENERS.remove(listener);
	}
}
