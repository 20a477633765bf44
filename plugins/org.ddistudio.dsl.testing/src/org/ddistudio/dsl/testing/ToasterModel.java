/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.testing;

/**
 * The toaster sample of the WDK (a bus driver exporting TOASTER_INTERFACE_STANDARD on its child PDOs
 * and the toaster function driver using it) as one clean .ddi file: no error, no warning. The tests of
 * every front end start from it; their own fixtures add to {@link #INTERFACE} or edit {@link #TEXT}.
 */
public final class ToasterModel {

	/** The package line and the documented interface, with a documented routine. */
	public static final String INTERFACE = """
			package toaster

			/** Toaster standard interface, exported by the toaster bus on every child PDO. */
			interface TOASTER_INTERFACE_STANDARD {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			    version 1
			    references noop
			    /** Reads the crispiness level. */
			    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
			    BOOLEAN SetCrispinessLevel(_In_ PVOID Context, _In_ UCHAR Level);
			    BOOLEAN IsSafetyLockEnabled(_In_ PVOID Context);
			}
			""";

	/** The whole sample: {@link #INTERFACE}, the bus and the function driver, and a system of one toaster. */
	public static final String TEXT = INTERFACE + """

			driver ToasterBus bus KMDF {
			    produce TOASTER_INTERFACE_STANDARD on child-pdo
			}

			driver Toaster function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        version 1
			        acquire EvtDeviceSelfManagedIoInit
			        release after-use
			        calls GetCrispinessLevel, SetCrispinessLevel
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

	private ToasterModel() {
	}
}
