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

/**
 * The two Windows kernel ABIs whose struct layouts DDI Studio computes. Both use natural alignment
 * (MSVC's default /Zp8): every member is aligned to its own alignment, a struct to its largest member.
 */
public enum Abi {
	/** LLP64: 8-byte pointers; the INTERFACE header is 32 bytes. */
	X64("x64", 8),
	/** ILP32: 4-byte pointers, 64-bit integers still 8-byte aligned in structs; the INTERFACE header is 16 bytes. */
	X86("x86", 4);

	private final String label;
	private final int pointerSize;

	Abi(String label, int pointerSize) {
		this.label = label;
		this.pointerSize = pointerSize;
	}

	/** The name WDK developers use for the ABI ("x64", "x86"). */
	public String label() {
		return label;
	}

	/** Size and alignment of a data or function pointer. */
	public int pointerSize() {
		return pointerSize;
	}
}
