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
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the language on a generated multi-file workspace ({@link SyntheticWorkspace}): parse,
 * link and validate every file in one resource set, as {@code ddi validate} does. One operation is the
 * whole workspace; the secondary results {@code bytes} and {@code files} are per second (bytes/s / 10^6
 * = MB/s). The two workspace sizes are the regression check for whole-workspace walks per element:
 * throughput must not fall with size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The JVM's default heap (a quarter of the memory) with the parallel collector, which promotes survivors
// at their first collection (MaxTenuringThreshold=0): what one operation allocates either dies at once
// (tokens, lookups) or lives until the operation ends (the models), so copying survivors between
// survivor spaces up to 15 times only costs. Other settings are one -jvmArgs away (docs/performance.md
// has the collector's defaults and the JVM's).
@Fork(value = 1, jvmArgs = { "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0" })
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ParseBenchmark {

	/** Target workspace size in bytes (whole units of three files, so slightly more). */
	@Param({ "10000000" })
	public long bytes;

	private List<SyntheticWorkspace.File> files;
	private long size;

	/** Secondary results: bytes and files processed (JMH reports them per second). */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Processed {
		public long bytes;
		public long files;

		@Setup(Level.Iteration)
		public void reset() {
			bytes = 0;
			files = 0;
		}
	}

	@Setup(Level.Trial)
	public void setUp() {
		files = SyntheticWorkspace.of(bytes);
		size = SyntheticWorkspace.size(files);
		XtextResourceSet set = LanguageRuntime.parse(files);
		List<String> errors = LanguageRuntime.errors(set, LanguageRuntime.validate(set));
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.size() + " errors in the generated workspace, first: " + errors.get(0));
		}
	}

	/** Parse + link + validate the whole workspace (validation links lazily, as in the CLI). */
	@Benchmark
	public List<Issue> parseLinkValidate(Processed processed) {
		XtextResourceSet set = LanguageRuntime.parse(files);
		List<Issue> issues = LanguageRuntime.validate(set);
		processed.bytes += size;
		processed.files += files.size();
		return issues;
	}

	/** Parsing alone (for the breakdown). */
	@Benchmark
	public XtextResourceSet parseOnly(Processed processed) {
		XtextResourceSet set = LanguageRuntime.parse(files);
		processed.bytes += size;
		processed.files += files.size();
		return set;
	}

	/** Parse + resolve every cross-reference, no validation (for the breakdown). */
	@Benchmark
	public XtextResourceSet parseLink(Processed processed) {
		XtextResourceSet set = LanguageRuntime.parse(files);
		LanguageRuntime.link(set);
		processed.bytes += size;
		processed.files += files.size();
		return set;
	}
}
