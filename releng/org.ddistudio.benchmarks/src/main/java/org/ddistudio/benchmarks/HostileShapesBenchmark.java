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

import org.ddistudio.dsl.testing.synthetic.HostileShapes;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + link + validate of the hostile shapes of issue 18 ({@link HostileShapes}), one file each, as
 * {@code ddi validate} does: 2,000 versions of one GUID, an {@code extends} chain of 300 and of 1,000,
 * chains of 10,000 typedefs, structs and devices. One operation is one shape; the figures before and
 * after the fix are in docs/performance.md. Single shot: on the old code one operation took minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class HostileShapesBenchmark {

	@Param({ "sharedGuid:2000", "extendsChain:300", "extendsChain:1000", "typedefChain:10000", "structChain:10000", "deviceChain:10000" })
	public String shape;

	private List<SyntheticWorkspace.File> files;

	@Setup
	public void setUp() {
		String[] kindAndSize = shape.split(":");
		int size = Integer.parseInt(kindAndSize[1]);
		String text = switch (kindAndSize[0]) {
		case "sharedGuid" -> HostileShapes.sharedGuid(size);
		case "extendsChain" -> HostileShapes.extendsChain(size);
		case "typedefChain" -> HostileShapes.typedefChain(size);
		case "structChain" -> HostileShapes.structChain(size);
		case "deviceChain" -> HostileShapes.deviceChain(size);
		default -> throw new IllegalArgumentException(shape);
		};
		files = List.of(new SyntheticWorkspace.File("hostile.ddi", text));
	}

	@Benchmark
	public List<Issue> validate() {
		XtextResourceSet set = LanguageRuntime.parse(files);
		return LanguageRuntime.validate(set);
	}
}
