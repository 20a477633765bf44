package org.ddistudio.ui.launch.tests;

/** The .ddi files of the test projects, like those in examples/. */
final class Fixtures {

	private Fixtures() {
	}

	/** examples/toaster: a clean system whose one scenario passes. */
	static final String TOASTER = """
			/*
			 * The KMDF toaster sample (Windows-driver-samples general/toaster/toastDrv, wdf-semantics.md §2.1):
			 * the bus enumerates toaster PDOs and registers TOASTER_INTERFACE_STANDARD on each; the featured
			 * function driver queries it in EvtDeviceSelfManagedIoInit, uses it and dereferences right away.
			 */
			package toaster

			/** GUID_TOASTER_INTERFACE_STANDARD, from inc/driver.h. */
			interface TOASTER_INTERFACE_STANDARD {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			    version 1
			    // WdfDeviceInterfaceReferenceNoOp / WdfDeviceInterfaceDereferenceNoOp: fine for consumers in
			    // the toaster's own stack, whose lifetime PnP ties to the PDO.
			    references noop
			    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
			    BOOLEAN SetCrispinessLevel(_In_ PVOID Context, _In_ UCHAR Level);
			    BOOLEAN IsSafetyLockEnabled(_In_ PVOID Context);
			}

			/**
			 * kmdf/bus/dynamic busenum: Bus_CreatePdo fills a stack-local TOASTER_INTERFACE_STANDARD
			 * (Context = child WDFDEVICE) and calls WdfDeviceAddQueryInterface with no callback; the framework
			 * copies the template, so the local may go out of scope (§1.1).
			 */
			driver BusEnum bus KMDF {
			    produce TOASTER_INTERFACE_STANDARD on child-pdo
			}

			/** kmdf/func/featured: ToasterEvtDeviceSelfManagedIoInit. */
			driver ToasterFeatured function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        // WdfFdoQueryForInterface(Device, &GUID_TOASTER_INTERFACE_STANDARD, ..., sizeof, 1, NULL)
			        version 1
			        acquire EvtDeviceSelfManagedIoInit
			        // calls the three routines, then InterfaceDereference(Context) immediately
			        release after-use
			        calls GetCrispinessLevel, SetCrispinessLevel, IsSafetyLockEnabled
			    }
			}

			system ToasterSystem {
			    /** Root\busenum, installed with devcon: the PnP manager owns its PDO. */
			    device ToasterBusDevice {
			        pdo root
			        function BusEnum
			    }
			    device Toaster1 parent ToasterBusDevice {
			        pdo BusEnum
			        function ToasterFeatured
			    }
			    device Toaster2 parent ToasterBusDevice {
			        pdo BusEnum
			        function ToasterFeatured
			    }

			    /** Plug in two toasters, query once more by hand, unplug one, then uninstall everything. */
			    scenario PlugInAndUnplug {
			        start all
			        Toaster1 queries TOASTER_INTERFACE_STANDARD expect STATUS_SUCCESS from BusEnum version 1
			        Toaster1 calls GetCrispinessLevel of TOASTER_INTERFACE_STANDARD
			        Toaster1 releases TOASTER_INTERFACE_STANDARD
			        // "busenum -u 2": the bus reports the child missing
			        surprise-remove Toaster2
			        remove Toaster1
			        remove ToasterBusDevice
			        unload ToasterFeatured
			        unload BusEnum
			    }
			}
""";

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
}
