/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;

import org.ddistudio.cli.OutOfMemory;
import org.junit.jupiter.api.Test;

/**
 * A workspace too large for the heap ends with "ddi: out of memory ..." and how to give the JVM more,
 * not with "internal error ... please report this", also when a worker thread ran out and the error
 * reached the command wrapped.
 */
class OutOfMemoryTest {

	@Test
	void anOutOfMemoryErrorIsFoundAmongTheCauses() {
		OutOfMemoryError error = new OutOfMemoryError("Java heap space");
		assertSame(error, OutOfMemory.find(error));
		assertSame(error, OutOfMemory.find(new CompletionException(new IllegalStateException(error))));
		assertNull(OutOfMemory.find(new IllegalStateException("a bug")));
		assertNull(OutOfMemory.find(null));
	}

	@Test
	void theMessageSaysHowLargeTheHeapWasAndHowToRaiseIt() {
		String message = OutOfMemory.message(new OutOfMemoryError("Java heap space"), 96L << 20);
		assertEquals("out of memory (Java heap space, at most 96 MB): give the JVM more heap for these files, e.g. DDI_JAVA_OPTS=-Xmx4g"
				+ " (docs/performance.md says what a workspace needs)", message);
		assertTrue(OutOfMemory.message(new OutOfMemoryError(), Long.MAX_VALUE).startsWith("out of memory (Java heap): give the JVM more heap"));
	}
}
