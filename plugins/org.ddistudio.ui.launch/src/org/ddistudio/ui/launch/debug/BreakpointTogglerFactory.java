/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.debug;

import java.util.Set;

import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Offers {@link BreakpointToggler} for editors showing a .ddi file. A factory rather than an adapter on
 * the editor: the .ddi editor is the platform's Generic Editor, which other file types share.
 */
public final class BreakpointTogglerFactory implements IToggleBreakpointsTargetFactory {

	public static final String TOGGLER_ID = "org.ddistudio.ui.launch.scenarioBreakpoints";

	@Override
	public Set<String> getToggleTargets(IWorkbenchPart part, ISelection selection) {
		return BreakpointToggler.ddiFile(part) != null ? Set.of(TOGGLER_ID) : Set.of();
	}

	@Override
	public String getDefaultToggleTarget(IWorkbenchPart part, ISelection selection) {
		return BreakpointToggler.ddiFile(part) != null ? TOGGLER_ID : null;
	}

	@Override
	public IToggleBreakpointsTarget createToggleTarget(String targetID) {
		return TOGGLER_ID.equals(targetID) ? new BreakpointToggler() : null;
	}

	@Override
	public String getToggleTargetName(String targetID) {
		return "Scenario Breakpoints";
	}

	@Override
	public String getToggleTargetDescription(String targetID) {
		return "Breakpoints on the steps of DDI scenarios";
	}
}
