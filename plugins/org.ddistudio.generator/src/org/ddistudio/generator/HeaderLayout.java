/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator;

/** How interface declarations are distributed over generated headers. */
public enum HeaderLayout {
	/** One header per .ddi file, named after it (toaster.ddi gives toaster.h). */
	PER_FILE,
	/**
	 * One header per interface, named after it (TOASTER_INTERFACE_STANDARD.h); the structs, typedefs and
	 * opaque types of a file go to FILE_types.h.
	 */
	PER_INTERFACE
}
