/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.c;

import java.util.List;

import org.ddistudio.model.Declaration;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Routine;
import org.ddistudio.model.layout.Interfaces;

/**
 * The WDK naming conventions the generated headers follow: GUID_NAME for the interface type GUID,
 * NAME_VERSION for the version a producer writes, PNAME for pointer typedefs, NAME_ROUTINE for a
 * routine's function type, ROOT_Vn_SIZE for the size of each version of a versioned interface (in the
 * style of AGP_BUS_INTERFACE_Vn_SIZE).
 */
public final class CNames {

	private CNames() {
	}

	/**
	 * The GUID constant of an interface: GUID_NAME of the interface that declares the GUID, so a later
	 * version that inherits it uses the same constant.
	 */
	public static String guid(Interface iface) {
		return "GUID_" + guidOwner(iface).getName();
	}

	/** The interface whose declaration carries the effective GUID (itself or the nearest base). */
	public static Interface guidOwner(Interface iface) {
		List<Interface> chain = Interfaces.versionChain(iface);
		for (Interface current : chain.reversed()) {
			if (current.getGuid() != null) {
				return current;
			}
		}
		return iface;
	}

	/** NAME_VERSION: the value the producer writes into INTERFACE.Version. */
	public static String version(Interface iface) {
		return iface.getName() + "_VERSION";
	}

	/** ROOT_Vn_SIZE: sizeof the struct of version n, named after the oldest version of the chain. */
	public static String versionSize(Interface iface) {
		return Interfaces.versionChain(iface).get(0).getName() + "_V" + CText.versionSuffix(iface.getVersion()) + "_SIZE";
	}

	/** NAME_ROUTINE: the function type of a routine, named after the interface that declares it. */
	public static String routineType(Routine routine) {
		return ((Interface) routine.eContainer()).getName() + "_" + CText.upperSnake(routine.getName());
	}

	/**
	 * Whether the WDK already declares this interface or type ({@code declared-in <wdm.h>}): generated
	 * code then includes the WDK's header and never redefines it.
	 */
	public static boolean isWdk(Declaration declaration) {
		return declaration.getDeclaredIn() != null && !declaration.getDeclaredIn().isBlank();
	}

	/**
	 * How the INTERFACE header's members are reached in the struct: through the member InterfaceHeader
	 * of a generated struct ("InterfaceHeader."), directly in a WDK struct, which spells Size, Version,
	 * Context, InterfaceReference and InterfaceDereference out ("").
	 */
	public static String headerMember(Interface iface) {
		return isWdk(iface) ? "" : "InterfaceHeader.";
	}

	/** PNAME: the pointer typedef of a type. */
	public static String pointer(String typeName) {
		return "P" + typeName;
	}
}
