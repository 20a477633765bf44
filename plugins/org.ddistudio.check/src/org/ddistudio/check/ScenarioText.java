/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check;

import java.util.List;

import org.ddistudio.model.Member;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.Routine;
import org.ddistudio.sim.SimEvent;

/**
 * Prints a counterexample as a scenario in DDI syntax. Pasted into its system it replays the same events
 * through the simulator ({@code ddi simulate}) and fails with the same bug check (it expects none), or
 * shows the same finding; once the model is fixed it passes and stays as a regression test.
 */
final class ScenarioText {

	private ScenarioText() {
	}

	/**
	 * @param name    the scenario name (an identifier)
	 * @param comment what it shows (one line)
	 * @param setup   the events up to the start state
	 * @param events  the teardown events
	 * @param held    per teardown event: for an on-demand acquisition, whether the query succeeded
	 */
	static String print(String name, String comment, List<SimEvent> setup, List<SimEvent> events, boolean[] held) {
		StringBuilder out = new StringBuilder();
		out.append("/** ").append(comment.replace("*/", "* /")).append(" */\n");
		out.append("scenario ").append(name).append(" {\n");
		for (SimEvent event : setup) {
			step(event, true, out);
		}
		for (int i = 0; i < events.size(); i++) {
			step(events.get(i), held[i], out);
		}
		return out.append("}\n").toString();
	}

	private static void step(SimEvent event, boolean held, StringBuilder out) {
		switch (event) {
		case SimEvent.Start start -> line(out, start.device() == null ? "start all" : "start " + start.device().getName());
		case SimEvent.Query q -> {
			StringBuilder text = new StringBuilder(q.device().getName() + " queries " + q.iface().getName());
			if (q.driver() != null) {
				text.append(" as ").append(q.driver().getName());
			}
			if (q.size() != null) {
				text.append(" size ").append(q.size());
			}
			if (q.version() != null) {
				text.append(" version ").append(q.version());
			}
			if (q.expectedStatus() != null) {
				text.append(" expect ").append(q.expectedStatus().getName());
				if (q.expectedProducer() != null) {
					text.append(" from ").append(q.expectedProducer().getName());
				}
				if (q.expectedVersion() != null) {
					text.append(" version ").append(q.expectedVersion());
				}
			}
			line(out, text.toString());
		}
		case SimEvent.Call c -> line(out, c.device().getName() + " calls " + c.routine().getName() + " of " + c.iface().getName()
				+ (c.driver() != null ? " as " + c.driver().getName() : ""));
		case SimEvent.Release r -> line(out, r.device().getName() + " releases " + r.iface().getName() + (r.driver() != null ? " as " + r.driver().getName() : ""));
		case SimEvent.Pnp p -> line(out, p.kind().getLiteral() + " " + p.device().getName() + (p.vetoedBy() != null ? " vetoed by " + p.vetoedBy().getName() : "")
				+ (p.expectVetoed() == null ? "" : p.expectVetoed() ? " expect vetoed" : " expect not-vetoed"));
		case SimEvent.Unload u -> line(out, "unload " + u.driver().getName());
		case SimEvent.ReferenceCheck r -> line(out, "expect references " + r.iface().getName() + " on " + r.device().getName() + " = " + r.count());
		case SimEvent.Use use -> calls(use.device().getName(), use.consumer(), out);
		case SimEvent.Acquire acquire -> {
			String as = " as " + ((org.ddistudio.model.Driver) acquire.consumer().eContainer()).getName();
			String iface = acquire.consumer().getInterface().getName();
			line(out, acquire.device().getName() + " queries " + iface + as);
			if (held && acquire.consumer().getRelease() == ReleasePoint.AFTER_USE) {
				calls(acquire.device().getName(), acquire.consumer(), out);
				line(out, acquire.device().getName() + " releases " + iface + as);
			}
		}
		case SimEvent.AcquireOnDemand a -> line(out, "// on-demand consumers acquire and use their interfaces (implied lifecycle)");
		case SimEvent.CallAll a -> line(out, "// every consumer holding an interface calls it (implied lifecycle)");
		}
	}

	private static void calls(String device, org.ddistudio.model.Consumer consumer, StringBuilder out) {
		String as = " as " + ((org.ddistudio.model.Driver) consumer.eContainer()).getName();
		for (Member member : consumer.getUses()) {
			if (member instanceof Routine) {
				line(out, device + " calls " + member.getName() + " of " + consumer.getInterface().getName() + as);
			}
		}
	}

	private static void line(StringBuilder out, String text) {
		out.append("    ").append(text).append('\n');
	}
}
