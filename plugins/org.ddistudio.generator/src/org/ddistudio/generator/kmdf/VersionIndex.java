/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.kmdf;

import java.util.List;

import org.ddistudio.model.Interface;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.Interfaces;

/**
 * Finds the interface declaration of one version of a GUID. A producer that accepts several exact
 * versions (the SDCA XU pattern) must fill each in that version's own layout, which need not be a
 * prefix of the newest one.
 */
final class VersionIndex {

	private final List<Interface> interfaces;

	VersionIndex(List<Interface> interfaces) {
		this.interfaces = interfaces;
	}

	/** The declaration of {@code version} under {@code produced}'s GUID; {@code produced} itself when none is declared. */
	Interface servedFor(Interface produced, int version) {
		if (produced.getVersion() == version) {
			return produced;
		}
		String guid = Guids.normalize(Interfaces.effectiveGuid(produced));
		for (Interface candidate : Interfaces.versionChain(produced)) {
			if (candidate.getVersion() == version) {
				return candidate;
			}
		}
		for (Interface candidate : interfaces) {
			if (candidate.getVersion() == version && guid != null && guid.equals(Guids.normalize(Interfaces.effectiveGuid(candidate)))) {
				return candidate;
			}
		}
		return produced;
	}
}
