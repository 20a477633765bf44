/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.layout;

/** The size and the alignment, in bytes, of a C type on one ABI. */
public record SizeAndAlignment(long size, int alignment) {

	/** Rounds {@code offset} up to the next multiple of {@code alignment}. */
	public static long align(long offset, int alignment) {
		return (offset + alignment - 1) / alignment * alignment;
	}
}
