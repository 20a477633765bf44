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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.sim.ScenarioPlan;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.SimEvent;
import org.ddistudio.sim.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the simulator on a generated system of 1,000 devices: query interface requests
 * routed per second (R1-R4, R6 through the stacks), and scenario events executed per second (a plan
 * that starts everything, then has every function driver query, call and release).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimulatorBenchmark {

	/**
	 * Events in the steps plan: 1 start + 3 (query, call, release) per child device. 1,000 devices with
	 * 20 interfaces are 20 bus devices, 100 monitors and 880 children; setUp checks the count.
	 */
	static final int STEP_EVENTS = 1 + 3 * 880;

	@Param({ "1000" })
	public int devices;

	private record Query(Device device, QueryRequest request) {
	}

	private final List<Query> queries = new ArrayList<>();
	private ScenarioPlan stepsPlan;
	private int next;

	@Setup(Level.Trial)
	public void setUp() throws LayoutException {
		SystemLayout system = GeneratedSystem.of(devices);
		List<SimEvent> events = new ArrayList<>();
		events.add(new SimEvent.Start(null, system));
		for (Device device : system.getDevices()) {
			for (StackLayer layer : device.getLayers()) {
				if (layer.getRole() == LayerRole.PDO || layer.getDriver() == null) {
					continue;
				}
				for (Consumer consumer : layer.getDriver().getConsumers()) {
					if (consumer.getTarget() != null) {
						continue;
					}
					long size = InterfaceLayout.compute(consumer.getInterface(), Abi.X64).size();
					queries.add(new Query(device, new QueryRequest(Guids.normalize(Interfaces.effectiveGuid(consumer.getInterface())), size,
							consumer.getInterface().getVersion())));
					if (events.size() < STEP_EVENTS) {
						events.add(new SimEvent.Query(device, null, consumer.getInterface(), null, null, null, null, null, system));
						events.add(new SimEvent.Call(device, null, consumer.getInterface(),
								(org.ddistudio.model.Routine) consumer.getInterface().getMembers().get(0), system));
						events.add(new SimEvent.Release(device, null, consumer.getInterface(), system));
					}
				}
			}
		}
		if (events.size() != STEP_EVENTS) {
			throw new IllegalStateException("steps plan has " + events.size() + " events, expected " + STEP_EVENTS);
		}
		stepsPlan = new ScenarioPlan("steps", system, system, events, null);
	}

	/** One query routed from the top of a function driver's stack down to the bus driver's PDO. */
	@Benchmark
	public QueryOutcome queriesPerSecond() {
		Query query = queries.get(next++ % queries.size());
		return QueryRouter.query(query.device(), query.request(), Abi.X64);
	}

	/** Scenario events per second: the result is for the whole plan, JMH divides by its event count. */
	@Benchmark
	@OperationsPerInvocation(STEP_EVENTS)
	public ScenarioResult scenarioStepsPerSecond() {
		return Simulator.run(stepsPlan, () -> false);
	}
}
