/*
 * wdf.h - DDI Studio's own stand-in for the KMDF headers, and for nothing else.
 *
 * Written for DDI Studio's tests, not taken from the WDK. Generated code is compiled against the real
 * WDM headers (mingw-w64's ddk/wdm.h, ntddk.h, initguid.h, wdmguid.h); mingw-w64 has no KMDF
 * headers, so this file declares the KMDF handles, structs and calls the generators emit, and only
 * those: every WDM type it uses (NTSTATUS, GUID, INTERFACE, UNICODE_STRING, PDEVICE_OBJECT ...) comes
 * from the real wdm.h, which must be included first, as ntddk.h is before the WDK's wdf.h.
 * Functions are declarations only; nothing here is meant to link or run in a kernel.
 *
 * Calling conventions: KMDF drivers are built with /Gz, so on x86 every function the KMDF headers
 * declare without a convention is __stdcall (NTAPI). gcc's default is __cdecl: the framework's
 * functions are therefore declared NTAPI here, as /Gz makes them (WdfDeviceInterfaceReferenceNoOp
 * must fit the WDK's NTAPI PINTERFACE_REFERENCE). The EVT_WDF_* callback types stay without a
 * convention, as in the WDK: the driver implements them with the same default it is built with.
 */
#ifndef DDI_KMDF_SHIM_WDF_H
#define DDI_KMDF_SHIM_WDF_H

#ifndef _WDMDDK_
#error "include <ntddk.h> or <wdm.h> before <wdf.h>"
#endif

/* ---- KMDF handles ---- */
typedef struct WDFDEVICE__ *WDFDEVICE;
typedef struct WDFIOTARGET__ *WDFIOTARGET;
typedef struct WDFOBJECT__ *WDFOBJECT;
typedef struct WDFREQUEST__ *WDFREQUEST;
typedef struct WDFMEMORY__ *WDFMEMORY;
typedef struct WDFQUEUE__ *WDFQUEUE;

/* ---- query interface: registration and the producer's callback ---- */
typedef NTSTATUS EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST(_In_ WDFDEVICE Device, _In_ LPGUID InterfaceType,
    _Inout_ PINTERFACE ExposedInterface, _Inout_opt_ PVOID ExposedInterfaceSpecificData);
typedef EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST *PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST;

typedef struct _WDF_QUERY_INTERFACE_CONFIG {
    ULONG Size;
    PINTERFACE Interface;
    CONST GUID *InterfaceType;
    BOOLEAN SendQueryToParentStack;
    PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest;
    BOOLEAN ImportInterface;
} WDF_QUERY_INTERFACE_CONFIG, *PWDF_QUERY_INTERFACE_CONFIG;

/* As documented: zeroes the config and sets Size, Interface, InterfaceType and the callback. */
FORCEINLINE VOID WDF_QUERY_INTERFACE_CONFIG_INIT(_Out_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig,
    _In_opt_ PINTERFACE Interface, _In_ CONST GUID *InterfaceType,
    _In_opt_ PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest)
{
    RtlZeroMemory(InterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
    InterfaceConfig->Size = sizeof(WDF_QUERY_INTERFACE_CONFIG);
    InterfaceConfig->Interface = Interface;
    InterfaceConfig->InterfaceType = InterfaceType;
    InterfaceConfig->EvtDeviceProcessQueryInterfaceRequest = EvtDeviceProcessQueryInterfaceRequest;
}

NTSTATUS NTAPI WdfDeviceAddQueryInterface(_In_ WDFDEVICE Device, _In_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig);
VOID NTAPI WdfDeviceInterfaceReferenceNoOp(_In_ PVOID Context);
VOID NTAPI WdfDeviceInterfaceDereferenceNoOp(_In_ PVOID Context);
NTSTATUS NTAPI WdfFdoQueryForInterface(_In_ WDFDEVICE Fdo, _In_ LPCGUID InterfaceType, _Out_ PINTERFACE Interface,
    _In_ USHORT Size, _In_ USHORT Version, _In_opt_ PVOID InterfaceSpecificData);
NTSTATUS NTAPI WdfIoTargetQueryForInterface(_In_ WDFIOTARGET IoTarget, _In_ LPCGUID InterfaceType,
    _Out_ PINTERFACE Interface, _In_ USHORT Size, _In_ USHORT Version, _In_opt_ PVOID InterfaceSpecificData);

typedef NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;

/* ---- remote I/O targets: the open parameters and the three removal callbacks ---- */
typedef NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;
typedef VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;
typedef VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
    WdfIoTargetOpenUndefined = 0,
    WdfIoTargetOpenUseExistingDevice = 1,
    WdfIoTargetOpenByName = 2,
    WdfIoTargetOpenReopen = 3,
    WdfIoTargetOpenLocalTargetByFile = 4
} WDF_IO_TARGET_OPEN_TYPE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
    ULONG Size;
    WDF_IO_TARGET_OPEN_TYPE Type;
    PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
    PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
    PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
    PDEVICE_OBJECT TargetDeviceObject;
    PFILE_OBJECT TargetFileObject;
    UNICODE_STRING TargetDeviceName;
    ACCESS_MASK DesiredAccess;
    ULONG ShareAccess;
    ULONG FileAttributes;
    ULONG CreateDisposition;
    ULONG CreateOptions;
    PVOID EaBuffer;
    ULONG EaBufferLength;
    PLONGLONG AllocationSize;
    ULONG FileInformation;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
    _In_ PDEVICE_OBJECT DeviceObject)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenUseExistingDevice;
    Params->TargetDeviceObject = DeviceObject;
}

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
    _In_ PCUNICODE_STRING TargetDeviceName, _In_ ACCESS_MASK DesiredAccess)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenByName;
    Params->TargetDeviceName = *TargetDeviceName;
    Params->DesiredAccess = DesiredAccess;
}

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenReopen;
}

NTSTATUS NTAPI WdfIoTargetOpen(_In_ WDFIOTARGET IoTarget, _In_ PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
VOID NTAPI WdfIoTargetCloseForQueryRemove(_In_ WDFIOTARGET IoTarget);
VOID NTAPI WdfIoTargetClose(_In_ WDFIOTARGET IoTarget);
WDFDEVICE NTAPI WdfIoTargetGetDevice(_In_ WDFIOTARGET IoTarget);
VOID NTAPI WdfObjectDelete(_In_ WDFOBJECT Object);

#endif /* DDI_KMDF_SHIM_WDF_H */
