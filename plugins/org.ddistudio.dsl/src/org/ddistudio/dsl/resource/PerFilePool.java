/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per file on a bounded pool of daemon threads and answers the results in input
 * order, as if the tasks had run one after the other on the calling thread: the same results, and
 * the exception of the first failing file in input order rethrown as it was thrown. Used by the
 * parallel parse, link and validation passes over a workspace.
 */
public final class PerFilePool {

	/** The work for one file; {@code index} is its position in the inputs. */
	@FunctionalInterface
	public interface Task<I, R> {
		R apply(int index, I input);
	}

	private PerFilePool() {
	}

	/** As many threads as the machine has processors, at most one per file. */
	public static int defaultThreads(int files) {
		return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files));
	}

	/**
	 * Applies {@code task} to every input on up to {@code threads} threads (1 or a single input: on
	 * the calling thread only, in order) and returns the results in input order.
	 *
	 * @param name names the worker threads ("ddi-NAME-pool-n"), for thread dumps and profiles
	 * @throws CancellationException if the calling thread is interrupted while it waits (its flag is
	 *             set again); the tasks not started yet are not run
	 */
	public static <I, R> List<R> map(List<I> inputs, int threads, String name, Task<? super I, ? extends R> task) {
		int pool = Math.max(1, Math.min(threads, inputs.size()));
		List<R> results = new ArrayList<>(inputs.size());
		if (pool == 1) {
			for (int i = 0; i < inputs.size(); i++) {
				results.add(task.apply(i, inputs.get(i)));
			}
			return results;
		}
		ExecutorService executor = Executors.newFixedThreadPool(pool, new Workers(name));
		try {
			List<Future<R>> futures = new ArrayList<>(inputs.size());
			for (int i = 0; i < inputs.size(); i++) {
				int index = i;
				futures.add(executor.submit(() -> task.apply(index, inputs.get(index))));
			}
			for (Future<R> future : futures) {
				results.add(await(future, name));
			}
			return results;
		} finally {
			// Also on failure or interruption: the files not done yet are not needed any more.
			executor.shutdownNow();
		}
	}

	private static <R> R await(Future<R> future, String name) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			CancellationException cancelled = new CancellationException(name + " interrupted");
			cancelled.initCause(e);
			throw cancelled;
		} catch (ExecutionException e) {
			// Rethrown as it was thrown, as if the file had been done on the calling thread.
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/** Daemon threads: a task that never ends cannot keep the JVM alive after the caller gave up. */
	private static final class Workers implements ThreadFactory {
		private static final AtomicInteger POOLS = new AtomicInteger();
		private final String prefix;
		private final AtomicInteger count = new AtomicInteger();

		Workers(String name) {
			this.prefix = "ddi-" + name + "-" + POOLS.incrementAndGet() + "-";
		}

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}
}
