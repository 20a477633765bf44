/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.tests;

import org.ddistudio.dsl.testing.ToasterModel;

/** A model that uses every construct the generators handle (the language reference's examples, together). */
final class Fixtures {

	private Fixtures() {
	}

	/** The toaster sample's interface (shared test support), then every other construct the generators handle. */
	static final String INTERFACES = ToasterModel.INTERFACE + """

			/** Version 2: adds a routine after the version 1 members; same GUID, larger Size. */
			interface TOASTER_INTERFACE_STANDARD_V2 extends TOASTER_INTERFACE_STANDARD {
			    version 2
			    NTSTATUS GetTemperature(_In_ PVOID Context, _Out_ PULONG Celsius);
			}

			/** The consumer hands the producer a callback and its context. */
			two-way interface TOASTER_NOTIFY_INTERFACE {
			    guid {7E1E2A2C-3D4B-4C5D-8E6F-A0B1C2D3E4F5}
			    version 0x0001
			    references counted
			    InterfaceSpecificData PULONG
			    consumer VOID OnToastReady(_In_ PVOID ConsumerContext, _In_ ULONG Slot);
			    consumer PVOID ConsumerContext;
			    NTSTATUS Subscribe(_In_ PVOID Context);
			}

			deprecated interface TOASTER_LEGACY_INTERFACE {
			    guid {0D6E8A1E-5B7C-4D2A-9F10-2233445566AA}
			    version 1
			    references noop
			    ULONG Flags;
			}

			interface TOASTER_DMA_INTERFACE {
			    guid {3C1A9E55-0B7D-4C0E-8A61-6F2B9C7D1E20}
			    version 1
			    references counted
			    NTSTATUS ReadConfig(_In_ PVOID Context, _Out_writes_bytes_(Length) PVOID Buffer,
			                        _In_ ULONG Offset, _In_ ULONG Length);
			    VOID Flush(_In_ PVOID Context, _In_reads_(4) CONST ULONG* Registers);
			    VOID Reset();
			    PHYSICAL_ADDRESS BaseAddress;
			    UCHAR Channels[4];
			    TOASTER_RING* Ring;
			    TOASTER_EVENT Ready;
			    UCHAR A;
			    ULONG64 B;
			    USHORT C;
			    GUID Id;
			    UNICODE_STRING Name;
			    TOASTER_SLOT Slot;
			    TOASTER_PAIR Pair;
			}

			/** A ring of completed toasts. */
			struct TOASTER_RING {
			    ULONG Head;
			    ULONG Tail;
			    TOASTER_RING* Next;
			    ULONG64 Stamps[8];
			}

			/** Declared before the struct it holds by value. */
			struct TOASTER_PAIR {
			    TOASTER_STAMP First;
			    UCHAR Flag;
			}

			typedef TOASTER_STAMP_BODY TOASTER_STAMP;

			struct TOASTER_STAMP_BODY {
			    LARGE_INTEGER When;
			    USHORT Count;
			}

			typedef ULONG TOASTER_SLOT

			/** A KEVENT: 24 bytes aligned 8 on x64, 16 bytes aligned 4 on x86. */
			opaque TOASTER_EVENT size 24 align 8 x86 size 16 align 4
			""";

	static final String DRIVERS = """
			package toaster
			import wdk.*

			driver ToasterBus bus KMDF {
			    produce TOASTER_INTERFACE_STANDARD on child-pdo {
			        references counted veto-query-remove
			    }
			    /** Child PDOs pass the standard bus interface query up to the parent stack. */
			    produce wdk.BUS_INTERFACE_STANDARD on child-pdo {
			        SendQueryToParentStack
			        Interface NULL
			    }
			    produce TOASTER_DMA_INTERFACE on child-pdo {
			        EvtDeviceProcessQueryInterfaceRequest not-supported
			    }
			}

			driver ToasterFunction function KMDF {
			    produce TOASTER_INTERFACE_STANDARD_V2 on fdo {
			        references counted veto-query-remove
			        EvtDeviceProcessQueryInterfaceRequest exact version 1 size >= 56, version 2 size >= 64
			    }
			    produce TOASTER_NOTIFY_INTERFACE on fdo {
			        ImportInterface
			        Interface NULL
			        EvtDeviceProcessQueryInterfaceRequest accept
			    }
			    produce TOASTER_LEGACY_INTERFACE on fdo {
			        EvtDeviceProcessQueryInterfaceRequest fail STATUS_DEVICE_BUSY
			    }
			}

			driver ToasterFilter upper-filter KMDF {
			    produce TOASTER_DMA_INTERFACE on filter {
			        references noop
			        EvtDeviceProcessQueryInterfaceRequest accept
			    }
			    consume TOASTER_INTERFACE_STANDARD {
			        acquire EvtDriverDeviceAdd
			        release after-use
			        calls GetCrispinessLevel
			    }
			}

			driver Toaster function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        version 1
			        acquire EvtDeviceSelfManagedIoInit
			        release EvtDeviceReleaseHardware
			        calls GetCrispinessLevel, SetCrispinessLevel
			    }
			    consume BUS_INTERFACE_STANDARD {
			        acquire EvtDevicePrepareHardware
			        release EvtDeviceReleaseHardware
			        calls GetBusData
			    }
			}

			driver ToasterMonitor function KMDF {
			    target BusTarget open by-name {
			        EvtIoTargetQueryRemove release close
			        EvtIoTargetRemoveCanceled reopen requery
			        EvtIoTargetRemoveComplete release close
			    }
			    target LowerTarget open existing-device with-file-object {
			        EvtIoTargetRemoveComplete none
			    }
			    consume TOASTER_INTERFACE_STANDARD_V2 {
			        size 72
			        version 2
			        InterfaceSpecificData "NULL"
			        from target BusTarget
			        acquire EvtDevicePrepareHardware
			        release EvtDeviceReleaseHardware
			        calls IsSafetyLockEnabled, GetTemperature
			    }
			    consume TOASTER_NOTIFY_INTERFACE {
			        InterfaceSpecificData "Device"
			        acquire on-demand
			        release never
			        calls Subscribe
			    }
			    consume TOASTER_LEGACY_INTERFACE {
			        from target LowerTarget
			        acquire on-demand
			        release after-use
			    }
			}
			""";
}
