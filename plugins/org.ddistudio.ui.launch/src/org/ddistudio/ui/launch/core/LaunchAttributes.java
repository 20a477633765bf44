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

/** The launch configuration type and the attributes of a DDI Simulation launch configuration. */
public final class LaunchAttributes {

	public static final String TYPE_ID = "org.ddistudio.ui.launch.simulation";

	/** Workspace path of the .ddi file whose systems run ("/project/folder/file.ddi"). */
	public static final String FILE = "org.ddistudio.ui.launch.file";
	/** {@link #MODE_SIMULATE} or {@link #MODE_CHECK}. */
	public static final String MODE = "org.ddistudio.ui.launch.mode";
	/** Names of the scenarios to run; empty: all of them (or the implied lifecycle). */
	public static final String SCENARIOS = "org.ddistudio.ui.launch.scenarios";
	public static final String MAX_STATES = "org.ddistudio.ui.launch.maxStates";
	public static final String MAX_DEPTH = "org.ddistudio.ui.launch.maxDepth";
	public static final String TIMEOUT_SECONDS = "org.ddistudio.ui.launch.timeout";
	public static final String AFTER_SCENARIOS = "org.ddistudio.ui.launch.afterScenarios";

	public static final String MODE_SIMULATE = "simulate";
	public static final String MODE_CHECK = "check";

	/** The check's default wall time in the IDE: short, since the user waits for it (the CLI allows 300 s). */
	public static final int DEFAULT_TIMEOUT_SECONDS = 60;

	private LaunchAttributes() {
	}
}
