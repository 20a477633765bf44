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

import org.ddistudio.generator.c.CText;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;

/**
 * Names in generated KMDF code. Functions are prefixed with the driver name (BusEnum_...), types with
 * its upper-case form (BUS_ENUM_...), so the code of several drivers can live in one build.
 */
final class KmdfNames {

	private KmdfNames() {
	}

	/** "BusEnum_TOASTER_INTERFACE_STANDARD": the prefix of everything generated for one producer or consumer. */
	static String function(Driver driver, String key) {
		return driver.getName() + "_" + key;
	}

	/** "BUS_ENUM_TOASTER_INTERFACE_STANDARD_PRODUCER". */
	static String type(Driver driver, String key, String kind) {
		return CText.upperSnake(driver.getName()) + "_" + key + "_" + kind;
	}

	/** The device object a role names, as written in function names. */
	static String role(DeviceObjectRole role) {
		return switch (role) {
		case CHILD_PDO -> "ChildPdo";
		case FDO -> "Fdo";
		case FILTER_DEVICE -> "Filter";
		};
	}

	/** The .ddi keyword of a role, for comments. */
	static String roleKeyword(DeviceObjectRole role) {
		return switch (role) {
		case CHILD_PDO -> "child-pdo";
		case FDO -> "fdo";
		case FILTER_DEVICE -> "filter";
		};
	}
}
