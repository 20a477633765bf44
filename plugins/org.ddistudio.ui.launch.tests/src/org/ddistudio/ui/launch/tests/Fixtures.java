/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.tests;

import org.ddistudio.dsl.testing.Examples;

/** The .ddi files of the test projects: the shipped toaster example and a failing cross-stack system. */
final class Fixtures {

	private Fixtures() {
	}

	/**
	 * examples/toaster/toaster.ddi as shipped (a clean system whose one scenario passes), read from the
	 * repository's examples folder, which the build passes as system property ddistudio.examples.
	 */
	static String toaster() {
		return Examples.text("toaster/toaster.ddi");
	}

	/**
	 * A cross-stack system (after examples/broken): a monitor in another stack holds the bus's no-op
	 * interface across the bus's removal and calls it after WidgetBus unloaded: bug check 0xCE at step 4,
	 * which the scenario does not expect, so it fails.
	 */
	static final String CROSS_STACK = """
			package widgets

			interface WIDGET_INTERFACE {
			    guid {3F9A6C2E-5B1D-4E8A-9C7F-2D4B6A8E0C13}
			    version 1
			    references noop
			    NTSTATUS GetWidgetState(_In_ PVOID Context, _Out_ PULONG State);
			}

			driver WidgetBus bus KMDF {
			    produce WIDGET_INTERFACE on child-pdo
			}

			driver WidgetFunction function KMDF {
			}

			driver WidgetMonitor function KMDF {
			    target Widget open by-name
			    consume WIDGET_INTERFACE {
			        from target Widget
			        version 1
			        acquire on-demand
			        release after-use
			        calls GetWidgetState
			    }
			}

			system WidgetSystem {
			    device WidgetBusDevice {
			        pdo root
			        function WidgetBus
			    }
			    device Widget1 parent WidgetBusDevice {
			        pdo WidgetBus
			        function WidgetFunction
			    }
			    device Monitor {
			        pdo root
			        function WidgetMonitor
			        target Widget -> Widget1
			    }

			    scenario CrossStackCallAfterRemoval {
			        start all
			        Monitor queries WIDGET_INTERFACE expect STATUS_SUCCESS from WidgetBus
			        remove WidgetBusDevice expect not-vetoed
			        Monitor calls GetWidgetState of WIDGET_INTERFACE
			    }
			}
			""";

	/** {@link #CROSS_STACK} with a second scenario, which passes: a query and nothing after the removal. */
	static String twoScenarios() {
		int end = CROSS_STACK.lastIndexOf('}');
		return CROSS_STACK.substring(0, end) + """

				    scenario QueryOnly {
				        start all
				        Monitor queries WIDGET_INTERFACE expect STATUS_SUCCESS from WidgetBus
				    }
				}
				""";
	}
}
