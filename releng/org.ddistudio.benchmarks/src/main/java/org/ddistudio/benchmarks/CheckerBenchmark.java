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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.ddistudio.check.CheckOptions;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.CheckVerdict;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.dsl.testing.synthetic.SyntheticSystems;
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
 * The full teardown check (ddi check, from the started system, with the slice reduction) of generated
 * trees: {@code devices} devices, {@code devices * 20 / 64} interfaces (20 at 64 devices), each a bus
 * tree whose child PDOs produce it with counted, vetoing references, and {@code monitors} root devices
 * that each hold one interface of every tree across stacks through a remote target with the three R7
 * callbacks. Reports checks per second (the inverse is the time of one full check) and, as auxiliary
 * counters, states and transitions explored per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckerBenchmark {

	@Param({ "8", "16", "32", "64", "128" })
	public int devices;

	@Param({ "4" })
	public int monitors;

	private SystemLayout system;
	private CheckOptions options;

	/** States and transitions explored, reported per second next to the checks. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Explored {
		public long states;
		public long transitions;
	}

	@Setup(Level.Trial)
	public void setUp() {
		int interfaces = Math.max(2, devices * 20 / 64);
		system = of(new SyntheticSystems.Shape(devices, interfaces, monitors, 42));
		options = CheckOptions.defaults().withTimeout(Duration.ofSeconds(60));
		CheckResult first = TeardownChecker.check(system, options).get(0);
		if (first.verdict() != CheckVerdict.PASS) {
			throw new IllegalStateException("the generated system does not pass: " + first.summary());
		}
	}

	static SystemLayout of(SyntheticSystems.Shape shape) {
		for (Declaration declaration : SyntheticSystems.generate(shape).getDeclarations()) {
			if (declaration instanceof SystemLayout layout) {
				return layout;
			}
		}
		throw new IllegalStateException("the generator made no system");
	}

	/** One full check; the auxiliary counters add what it explored. */
	@Benchmark
	public CheckResult fullCheck(Explored explored) {
		CheckResult result = TeardownChecker.check(system, options).get(0);
		explored.states += result.states();
		explored.transitions += result.transitions();
		return result;
	}
}
