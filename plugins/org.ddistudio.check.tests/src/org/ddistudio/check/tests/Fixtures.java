/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check.tests;

import java.util.List;

import org.ddistudio.check.CheckOptions;
import org.ddistudio.check.CheckResult;
import org.ddistudio.check.TeardownChecker;
import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.dsl.testing.TestWorkspace;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.TraceEntry;

/**
 * Fixtures through the shared test support: .ddi text or the repository's examples, linked (failing on
 * syntax or link errors) but without running validators; and the checker run on them.
 */
final class Fixtures {

	/** On x64: TI is 40 bytes with Ping at 32. */
	static final String INTERFACES = """
			interface TI {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			    BOOLEAN Ping(_In_ PVOID Context);
			}
			""";

	private Fixtures() {
	}

	/** The first system of {@link #INTERFACES} + text. */
	static SystemLayout system(String text) {
		return TestWorkspace.of("fixture" + System.nanoTime() + ".ddi", INTERFACES + text).linked().systems().stream().findFirst()
				.orElseThrow(() -> new AssertionError("fixture has no system"));
	}

	/** The systems of examples/NAME, loaded with examples/wdk and its dependencies. */
	static List<SystemLayout> example(String example) {
		return Examples.systems(example);
	}

	/** Checks from the started system with the defaults (a 60 s time bound, so a test never hangs). */
	static CheckResult check(SystemLayout system) {
		return check(system, options());
	}

	static CheckResult check(SystemLayout system, CheckOptions options) {
		return TeardownChecker.check(system, options).get(0);
	}

	static CheckOptions options() {
		return CheckOptions.defaults().withTimeout(java.time.Duration.ofSeconds(60));
	}

	/** Verdict, summary, counterexample trace and scenario, for assertion messages. */
	static String describe(CheckResult result) {
		StringBuilder text = new StringBuilder(result.system().getName()).append(" / ").append(result.origin()).append(": ")
				.append(result.summary()).append('\n');
		if (result.counterexample() != null) {
			text.append("  ").append(result.counterexample().finding().message()).append('\n');
			for (TraceEntry entry : result.counterexample().trace()) {
				text.append(String.format("  %3d %s%s%n", entry.step(), "  ".repeat(entry.depth()), entry.text()));
			}
			text.append(result.counterexample().scenario());
		}
		return text.toString();
	}
}
