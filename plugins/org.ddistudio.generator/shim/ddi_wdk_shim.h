/*
 * ddi_wdk_shim.h - DDI Studio's own minimal stand-in for the WDK headers.
 *
 * Written for DDI Studio's tests, not taken from the WDK: it declares just enough (base types, SAL
 * macros, the INTERFACE header, the KMDF query-interface and remote I/O target calls the generators
 * emit) for generated headers and KMDF code to be compiled by gcc on Linux with
 * -fsyntax-only -Wall -Werror, on x86_64 and with -m32. Functions are declarations only; nothing here
 * is meant to link or run in a kernel. The layout probe does run, so every type used by value has
 * the size and alignment the Windows kernel ABIs give it:
 *   - x64 is LLP64: ULONG and LONG are 32 bits (gcc's long is 64 bits on Linux, so int is used);
 *   - x86 aligns 64-bit integers to 8 inside structs (MSVC), gcc -m32 to 4: the typedefs say aligned(8);
 *   - WCHAR is 16 bits (gcc's wchar_t is 32 bits on Linux).
 * The wdm.h, ntddk.h, wdf.h and initguid.h next to this file only include it, so generated code keeps
 * its real #include lines.
 */
#ifndef DDI_WDK_SHIM_H
#define DDI_WDK_SHIM_H

#include <stddef.h>

#if defined(__x86_64__)
#define _WIN64 1
#define _AMD64_ 1
#elif defined(__i386__)
#define _X86_ 1
#else
#error "ddi_wdk_shim.h models the x64 and x86 kernel ABIs only"
#endif

#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif

/* ---- keywords and declaration helpers ---- */
#define VOID void
#define CONST const
#define NTAPI
#define FORCEINLINE static inline
#define DECLSPEC_ALIGN(x) __attribute__((aligned(x)))
#define C_ASSERT(e) _Static_assert(e, #e)
#define FIELD_OFFSET(type, field) ((LONG)offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define UNREFERENCED_PARAMETER(p) ((void)(p))
#define PAGED_CODE() ((void)0)
#define NT_ASSERT(e) ((void)sizeof(e))
#define TRUE 1
#define FALSE 0
#ifndef NULL
#define NULL ((void *)0)
#endif

/* ---- SAL 2: all empty; the sized ones take their argument ---- */
#define _In_
#define _Out_
#define _Inout_
#define _In_opt_
#define _Out_opt_
#define _Inout_opt_
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Reserved_
#define _In_reads_(n)
#define _In_reads_opt_(n)
#define _In_reads_bytes_(n)
#define _In_reads_bytes_opt_(n)
#define _Out_writes_(n)
#define _Out_writes_opt_(n)
#define _Out_writes_bytes_(n)
#define _Out_writes_bytes_opt_(n)
#define _Inout_updates_(n)
#define _Inout_updates_bytes_(n)
#define _Must_inspect_result_
#define _Use_decl_annotations_
#define _Function_class_(name)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_(irql)
#define PASSIVE_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2

/* ---- base types (sizes as on Windows, see above) ---- */
typedef unsigned char UCHAR, *PUCHAR;
typedef char CHAR, *PCHAR, *PSTR;
typedef const char *PCSTR;
typedef UCHAR BOOLEAN, *PBOOLEAN;
typedef unsigned char UINT8;
typedef signed char INT8;
typedef UCHAR KIRQL;
typedef unsigned short USHORT, *PUSHORT;
typedef short SHORT;
typedef unsigned short WCHAR, *PWSTR;
typedef const WCHAR *PCWSTR;
typedef unsigned short UINT16;
typedef short INT16;
typedef unsigned int ULONG, *PULONG;
typedef int LONG, *PLONG;
typedef unsigned int UINT32;
typedef int INT32;
typedef LONG NTSTATUS, *PNTSTATUS;
typedef unsigned long long ULONG64 DECLSPEC_ALIGN(8);
typedef ULONG64 *PULONG64;
typedef long long LONG64 DECLSPEC_ALIGN(8);
typedef unsigned long long ULONGLONG DECLSPEC_ALIGN(8);
typedef long long LONGLONG DECLSPEC_ALIGN(8);
typedef LONGLONG *PLONGLONG;
typedef unsigned long long UINT64 DECLSPEC_ALIGN(8);
typedef long long INT64 DECLSPEC_ALIGN(8);
typedef __SIZE_TYPE__ SIZE_T;
typedef __UINTPTR_TYPE__ ULONG_PTR;
typedef __INTPTR_TYPE__ LONG_PTR;
typedef ULONG_PTR KSPIN_LOCK;
typedef ULONG ACCESS_MASK;
typedef void *PVOID;
typedef void *HANDLE;

typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS;

typedef struct _GUID {
    ULONG Data1;
    USHORT Data2;
    USHORT Data3;
    UCHAR Data4[8];
} GUID, *PGUID, *LPGUID;
typedef const GUID *LPCGUID;

typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWSTR Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

/* Kernel objects are only handled through pointers here. */
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef struct _IRP *PIRP;
typedef struct _MDL *PMDL;

/* ---- status values used by generated code ---- */
#define NT_SUCCESS(status) (((NTSTATUS)(status)) >= 0)
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001L)
#define STATUS_NOT_SUPPORTED ((NTSTATUS)0xC00000BBL)
#define STATUS_INVALID_BUFFER_SIZE ((NTSTATUS)0xC0000206L)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#define STATUS_INVALID_DEVICE_REQUEST ((NTSTATUS)0xC0000010L)
#define STATUS_INVALID_DEVICE_STATE ((NTSTATUS)0xC0000184L)
#define STATUS_INFO_LENGTH_MISMATCH ((NTSTATUS)0xC0000004L)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#define STATUS_ACCESS_DENIED ((NTSTATUS)0xC0000022L)
#define STATUS_DEVICE_BUSY ((NTSTATUS)0x80000011L)
#define STATUS_NO_SUCH_DEVICE ((NTSTATUS)0xC000000EL)
#define STATUS_DEVICE_REMOVED ((NTSTATUS)0xC00002B6L)
#define STATUS_REVISION_MISMATCH ((NTSTATUS)0xC0000059L)
#define STATUS_NOT_FOUND ((NTSTATUS)0xC0000225L)

#define STANDARD_RIGHTS_ALL 0x001F0000L
#define GENERIC_READ 0x80000000L
#define GENERIC_WRITE 0x40000000L

/* ---- kernel routines used by generated code (declarations only) ---- */
EXTERN_C VOID RtlZeroMemory(_Out_writes_bytes_(Length) PVOID Destination, _In_ SIZE_T Length);
EXTERN_C LONG InterlockedIncrement(_Inout_ LONG volatile *Addend);
EXTERN_C LONG InterlockedDecrement(_Inout_ LONG volatile *Addend);
EXTERN_C LONG InterlockedCompareExchange(_Inout_ LONG volatile *Destination, _In_ LONG Exchange, _In_ LONG Comparand);

/* ---- the INTERFACE header every driver-defined interface starts with ---- */
typedef VOID (*PINTERFACE_REFERENCE)(PVOID Context);
typedef VOID (*PINTERFACE_DEREFERENCE)(PVOID Context);

typedef struct _INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;

/* ---- KMDF handles and the calls the generators emit ---- */
typedef struct WDFDEVICE__ *WDFDEVICE;
typedef struct WDFIOTARGET__ *WDFIOTARGET;
typedef struct WDFOBJECT__ *WDFOBJECT;
typedef struct WDFREQUEST__ *WDFREQUEST;
typedef struct WDFMEMORY__ *WDFMEMORY;
typedef struct WDFQUEUE__ *WDFQUEUE;

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

EXTERN_C NTSTATUS WdfDeviceAddQueryInterface(_In_ WDFDEVICE Device, _In_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig);
EXTERN_C VOID WdfDeviceInterfaceReferenceNoOp(_In_ PVOID Context);
EXTERN_C VOID WdfDeviceInterfaceDereferenceNoOp(_In_ PVOID Context);
EXTERN_C NTSTATUS WdfFdoQueryForInterface(_In_ WDFDEVICE Fdo, _In_ LPCGUID InterfaceType, _Out_ PINTERFACE Interface,
    _In_ USHORT Size, _In_ USHORT Version, _In_opt_ PVOID InterfaceSpecificData);
EXTERN_C NTSTATUS WdfIoTargetQueryForInterface(_In_ WDFIOTARGET IoTarget, _In_ LPCGUID InterfaceType,
    _Out_ PINTERFACE Interface, _In_ USHORT Size, _In_ USHORT Version, _In_opt_ PVOID InterfaceSpecificData);

typedef NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;

/* Remote I/O targets: the open parameters and the three removal callbacks. */
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

EXTERN_C NTSTATUS WdfIoTargetOpen(_In_ WDFIOTARGET IoTarget, _In_ PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
EXTERN_C VOID WdfIoTargetCloseForQueryRemove(_In_ WDFIOTARGET IoTarget);
EXTERN_C VOID WdfIoTargetClose(_In_ WDFIOTARGET IoTarget);
EXTERN_C WDFDEVICE WdfIoTargetGetDevice(_In_ WDFIOTARGET IoTarget);
EXTERN_C VOID WdfObjectDelete(_In_ WDFOBJECT Object);

#endif /* DDI_WDK_SHIM_H */

/*
 * DEFINE_GUID is outside the guard on purpose: like the WDK's guiddef.h it is (re)defined each time
 * this file is included, declaring the GUID normally and defining it once INITGUID is defined
 * (initguid.h). The definition is weak, as the WDK's is selectany, so several files may define it.
 */
#undef DEFINE_GUID
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    __attribute__((weak)) CONST GUID name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) EXTERN_C CONST GUID name
#endif
