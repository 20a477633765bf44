/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.ui;

import org.ddistudio.ui.outline.OutlineNode;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/**
 * Tags Outline entries of a .ddi editor as launchable: the platform shows Run As in a context menu only
 * for selections that adapt to {@link ILaunchable}; {@link SimulationShortcut} then launches the entry.
 */
public final class OutlineLaunchables implements IAdapterFactory {

	private static final ILaunchable LAUNCHABLE = new ILaunchable() {
	};

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		return adaptable instanceof OutlineNode && adapterType == ILaunchable.class ? adapterType.cast(LAUNCHABLE) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ILaunchable.class };
	}
}
