/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ddistudio.ui.launch.ui.SimulationTab;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** F1 on the DDI Simulation launch tab opens the simulation help context. */
class TabHelpTest {

	@Test
	void theSimulationTabHasItsHelpContext() {
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		try {
			SimulationTab tab = new SimulationTab();
			tab.createControl(shell);
			assertEquals("org.ddistudio.help.simulation", tab.getControl().getData("org.eclipse.ui.help"));
		} finally {
			shell.dispose();
		}
	}
}
