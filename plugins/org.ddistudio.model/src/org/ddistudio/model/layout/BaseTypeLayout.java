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

import org.ddistudio.model.BaseType;

/**
 * The WDK base type table: size and alignment of every {@link BaseType} on each ABI, as the WDK
 * headers define them (ntdef.h, wdm.h, wdftypes.h).
 */
public final class BaseTypeLayout {

	private BaseTypeLayout() {
	}

	/**
	 * Returns the layout of a base type used by value, or {@code null} for VOID, which has no size
	 * (it is legal only as a return type or behind a pointer).
	 */
	public static SizeAndAlignment of(BaseType type, Abi abi) {
		int p = abi.pointerSize();
		switch (type) {
		case VOID:
			return null;
		case UCHAR: case CHAR: case BOOLEAN: case UINT8: case INT8: case KIRQL:
			return new SizeAndAlignment(1, 1);
		case USHORT: case SHORT: case WCHAR: case UINT16: case INT16:
			return new SizeAndAlignment(2, 2);
		case ULONG: case LONG: case UINT32: case INT32: case NTSTATUS:
			return new SizeAndAlignment(4, 4);
		case ULONG64: case LONG64: case ULONGLONG: case LONGLONG: case UINT64: case INT64:
		case LARGE_INTEGER: case ULARGE_INTEGER: case PHYSICAL_ADDRESS:
			// 64-bit integers are 8-byte aligned inside structs on x86 too (MSVC natural alignment).
			return new SizeAndAlignment(8, 8);
		case GUID:
			// ULONG Data1; USHORT Data2, Data3; UCHAR Data4[8]
			return new SizeAndAlignment(16, 4);
		case UNICODE_STRING:
			// USHORT Length; USHORT MaximumLength; PWSTR Buffer
			return new SizeAndAlignment(SizeAndAlignment.align(4, p) + p, p);
		default:
			// Every other base type is a pointer, a handle or a pointer-sized integer.
			return new SizeAndAlignment(p, p);
		}
	}
}
