/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.preferences;

/** The model the Syntax Coloring page shows: one of each thing the editor colours, and valid. */
final class ColoringPreview {

	private ColoringPreview() {
	}

	static final String TEXT = """
			package preview

			/** A documentation comment: hover text. */
			interface TOASTER_INTERFACE_STANDARD {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			    version 1
			    references noop
			    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
			    ULONG Flags;
			}

			deprecated interface TOASTER_LEGACY_INTERFACE {
			    guid {0D6E8A1E-5B7C-4D2A-9F10-2233445566AA}
			    version 1
			    references noop
			    ULONG Mode;
			}

			driver BusEnum bus KMDF {
			    produce TOASTER_INTERFACE_STANDARD on child-pdo
			    produce TOASTER_LEGACY_INTERFACE on child-pdo
			}

			driver Toaster function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        version 1
			        calls GetCrispinessLevel
			    }
			}

			system Kitchen {
			    device Bus {
			        pdo root
			        function BusEnum
			    }
			    device Toaster1 parent Bus {
			        pdo BusEnum
			        function Toaster
			    }
			    // a line comment
			    scenario PlugIn {
			        start all
			        Toaster1 queries TOASTER_INTERFACE_STANDARD expect STATUS_SUCCESS from BusEnum version 1
			    }
			}
			""";
}
