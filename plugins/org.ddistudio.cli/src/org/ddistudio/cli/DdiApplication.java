/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The ddi command line as an Equinox application, so that an installed Eclipse (DDI Studio, or any
 * Eclipse with DDI Studio installed from the update site) runs it headless:
 * {@code eclipse -application org.ddistudio.cli.ddi validate model.ddi}. The application's exit value
 * is the ddi exit code (0 clean, 1 findings, 2 usage). Subclasses fix the command
 * ({@link Validate}: {@code -application org.ddistudio.cli.validate model.ddi}).
 */
public class DdiApplication implements IApplication {

	/** The ddi command put before the arguments; none for the general application. */
	protected List<String> command() {
		return List.of();
	}

	@Override
	public Object start(IApplicationContext context) {
		Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = new ArrayList<>(command());
		if (given instanceof String[] strings) {
			args.addAll(Arrays.asList(strings));
		}
		context.applicationRunning();
		return DdiCli.run(args.toArray(String[]::new), System.out, System.err);
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}

	/** {@code -application org.ddistudio.cli.validate FILE...}: ddi validate. */
	public static final class Validate extends DdiApplication {
		@Override
		protected List<String> command() {
			return List.of("validate");
		}
	}
}
