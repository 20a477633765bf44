/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli;

/**
 * Running out of heap is not a bug to report but a limit to raise: the message says how big the heap
 * was and how to give the JVM more, instead of "internal error".
 */
public final class OutOfMemory {

	private OutOfMemory() {
	}

	/** The out-of-memory error among {@code failure} and its causes, or null if there is none. */
	public static OutOfMemoryError find(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OutOfMemoryError oom) {
				return oom;
			}
		}
		return null;
	}

	/** The one-line message for an out-of-memory error, with the heap's limit ({@code maxHeap} bytes, or unknown if negative or Long.MAX_VALUE). */
	public static String message(OutOfMemoryError error, long maxHeap) {
		String limit = maxHeap <= 0 || maxHeap == Long.MAX_VALUE ? "" : ", at most " + (maxHeap >> 20) + " MB";
		return "out of memory (" + (error.getMessage() == null ? "Java heap" : error.getMessage()) + limit
				+ "): give the JVM more heap for these files, e.g. DDI_JAVA_OPTS=-Xmx4g (docs/performance.md says what a workspace needs)";
	}
}
