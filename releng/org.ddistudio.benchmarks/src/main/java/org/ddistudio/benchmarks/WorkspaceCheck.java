/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.benchmarks;

import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

/**
 * Quick look at the generated workspace outside JMH: size, files, issues, and the time of each phase
 * over a few rounds (for profiling with JFR; the figures come from {@link ParseBenchmark}).
 * Arguments: [bytes [rounds]].
 */
public final class WorkspaceCheck {

	private WorkspaceCheck() {
	}

	public static void main(String[] args) {
		long bytes = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		long t0 = System.nanoTime();
		List<SyntheticWorkspace.File> files = SyntheticWorkspace.of(bytes);
		long size = SyntheticWorkspace.size(files);
		System.out.printf("workspace: %d files, %,d bytes (generated in %.2f s)%n", files.size(), size, (System.nanoTime() - t0) / 1e9);
		LanguageRuntime.injector();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		// All threads' CPU time too: parsing runs on LanguageRuntime.THREADS threads, not only on main.
		com.sun.management.OperatingSystemMXBean process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
		System.out.printf("threads: %d (-Dddi.bench.threads), processors: %d%n", LanguageRuntime.THREADS,
				Runtime.getRuntime().availableProcessors());
		for (int round = 1; round <= rounds; round++) {
			long all0 = process.getProcessCpuTime();
			long cpu0 = threads.getCurrentThreadCpuTime();
			long a = System.nanoTime();
			XtextResourceSet set = LanguageRuntime.parse(files);
			long b = System.nanoTime();
			long cpu1 = threads.getCurrentThreadCpuTime();
			org.ddistudio.dsl.resource.ParallelLinker.Linked linked = LanguageRuntime.link(set);
			long c = System.nanoTime();
			long cpu2 = threads.getCurrentThreadCpuTime();
			List<Issue> issues = LanguageRuntime.validate(set, linked);
			long d = System.nanoTime();
			long cpu3 = threads.getCurrentThreadCpuTime();
			long cpu = cpu3 - cpu0;
			long all = process.getProcessCpuTime() - all0;
			List<String> errors = LanguageRuntime.errors(set, issues);
			System.out.printf("round %d: parse %.2f s, link %.2f s, validate %.2f s, total %.2f s = %.2f MB/s (main thread CPU %.2f + %.2f + %.2f = %.2f s = %.2f MB/s; process CPU %.2f s); %d issues, %d errors; %s%n",
					round, (b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9, (d - a) / 1e9, size / ((d - a) / 1e9) / 1e6,
					(cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, (cpu3 - cpu2) / 1e9, cpu / 1e9, size / (cpu / 1e9) / 1e6, all / 1e9,
					issues.size(), errors.size(), linked);
			errors.stream().limit(5).forEach(e -> System.out.println("  " + e));
		}
	}
}
