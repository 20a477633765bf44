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

import java.util.Set;
import java.util.TreeSet;

import org.ddistudio.generator.c.CNames;
import org.ddistudio.generator.header.HeaderPlan;
import org.ddistudio.model.Interface;

/**
 * The two files generated for one KMDF driver while they are being written: the header the driver's
 * own code includes (state structs, the functions to call, the routines to implement) and the .c
 * with the definitions; plus the interface headers the driver needs.
 */
final class DriverFiles {

	final StringBuilder header = new StringBuilder();
	final StringBuilder source = new StringBuilder();
	final Set<String> interfaceHeaders = new TreeSet<>();
	/** Whether the driver uses an interface the WDK declares, whose GUID the WDK's wdmguid.h defines. */
	boolean usesWdkInterface;
	private final HeaderPlan plan;

	DriverFiles(HeaderPlan plan) {
		this.plan = plan;
	}

	/** Records that the driver's code uses an interface's declarations. */
	void uses(Interface iface) {
		usesWdkInterface |= CNames.isWdk(iface);
		HeaderPlan.Header owner = plan.headerOf(iface);
		if (owner != null) {
			interfaceHeaders.add(owner.fileName());
		}
	}
}
