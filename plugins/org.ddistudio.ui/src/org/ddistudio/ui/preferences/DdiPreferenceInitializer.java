/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.preferences;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.highlighting.StylePreferences;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** Defaults of the editor's preferences: theme colours (left empty, see StylePreferences) and rule severities. */
public class DdiPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = DdiUiPlugin.getDefault().getPreferenceStore();
		StylePreferences.initializeDefaults(store);
		RuleSeverities.initializeDefaults(store);
	}
}
