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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ddistudio.dsl.testing.ToasterModel;

/** Sample .ddi models and a helper to write them. */
final class Models {

	private Models() {
	}

	/** The toaster sample of the shared test support: clean (no errors, no warnings). */
	static final String TOASTER = ToasterModel.TEXT;

	/** Line 4 misses the ')' of the parameter list: syntax error at the ';' (4:35). */
	static final String SYNTAX_ERROR = """
			interface BROKEN_INTERFACE {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5172}
			    version 1
			    BOOLEAN Get(_In_ PVOID Context;
			}
			""";

	/** Line 4 uses a type that exists nowhere: DDI003 at 4:5, 9 characters long. */
	static final String UNKNOWN_TYPE = """
			interface ODD_INTERFACE {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5173}
			    version 1
			    UNKNOWN_T Bar(_In_ PVOID Context);
			}
			""";

	/** The interface half of the toaster, in its own package. */
	static final String SHARED_INTERFACE = """
			package toaster.shared

			interface TOASTER_INTERFACE_STANDARD {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			    version 1
			    references noop
			    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
			}
			""";

	/** The driver half of the toaster, using the interface of {@link #SHARED_INTERFACE} from another file. */
	static final String DRIVERS_USING_SHARED = """
			package toaster.drivers

			import toaster.shared.*

			driver ToasterBus bus KMDF {
			    produce TOASTER_INTERFACE_STANDARD on child-pdo
			}

			driver Toaster function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        version 1
			        acquire EvtDeviceSelfManagedIoInit
			        release after-use
			        calls GetCrispinessLevel
			    }
			}

			system ToasterSystem {
			    device ToasterBusDevice {
			        pdo root
			        function ToasterBus
			    }
			    device Toaster1 parent ToasterBusDevice {
			        pdo ToasterBus
			        function Toaster
			    }
			}
			""";

	static Path write(Path dir, String name, String text) {
		return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
	}

	static Path write(Path dir, String name, byte[] bytes) {
		try {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			return Files.write(file, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
