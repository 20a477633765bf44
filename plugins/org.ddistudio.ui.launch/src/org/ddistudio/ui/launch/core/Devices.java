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

import java.util.LinkedHashSet;
import java.util.Set;

import org.ddistudio.model.Device;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Which devices an element of a trace or finding is about, for the diagram's highlighting. */
public final class Devices {

	private Devices() {
	}

	/**
	 * The device the element is in (a stack layer, a target binding ...) or names (a scenario step's
	 * {@code device} reference); empty for elements about drivers or interfaces, which stand for no
	 * one device.
	 */
	public static Set<EObject> of(EObject element) {
		Set<EObject> devices = new LinkedHashSet<>();
		if (element == null) {
			return devices;
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Device device) {
				devices.add(device);
				break;
			}
		}
		// steps name their device by a reference called "device"; reading it reflectively covers every step kind
		EStructuralFeature feature = element.eClass().getEStructuralFeature("device");
		if (feature != null && !feature.isMany() && element.eGet(feature) instanceof Device device && !device.eIsProxy()) {
			devices.add(device);
		}
		return devices;
	}
}
