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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.generator.HeaderLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The KMDF facts of wdf-semantics.md §1.1-1.3 and §4.3 as they appear in generated code. */
class KmdfContentTest {

	private static Generated generated;

	@BeforeAll
	static void generate() throws Exception {
		generated = Generated.of(FixtureCompileTest.models(), HeaderLayout.PER_FILE);
	}

	private static void assertContains(String text, String expected) {
		assertTrue(text.contains(expected), () -> "missing:\n" + expected + "\n--- in:\n" + text);
	}

	private static int at(String text, String expected) {
		int index = text.indexOf(expected);
		assertTrue(index >= 0, () -> "missing:\n" + expected + "\n--- in:\n" + text);
		return index;
	}

	@Test
	void producerFillsTheTemplateAndRegistersIt() {
		String c = generated.file("ToasterBus_ddi.c");
		// ToasterBus also produces the WDK's BUS_INTERFACE_STANDARD, whose GUID wdmguid.h defines.
		assertContains(c, "#include <initguid.h>\n/* The GUIDs of the WDK's own interfaces, defined here as a driver does. */\n"
				+ "#include <wdmguid.h>\n#include \"ToasterBus_ddi.h\"");
		assertContains(c, "    RtlZeroMemory(&Template, sizeof(Template));\n"
				+ "    Template.InterfaceHeader.Size = (USHORT)sizeof(Template);\n"
				+ "    Template.InterfaceHeader.Version = TOASTER_INTERFACE_STANDARD_VERSION;\n");
		assertContains(c, "    Interface->InterfaceHeader.Context = Context;\n"
				+ "    Interface->InterfaceHeader.InterfaceReference = ToasterBus_TOASTER_INTERFACE_STANDARD_InterfaceReference;\n");
		assertContains(c, "    Interface->GetCrispinessLevel = ToasterBus_TOASTER_INTERFACE_STANDARD_GetCrispinessLevel;\n");
		assertContains(c, "WDF_QUERY_INTERFACE_CONFIG_INIT(&Config, (PINTERFACE)&Template, &GUID_TOASTER_INTERFACE_STANDARD, NULL);");
		assertContains(c, "return WdfDeviceAddQueryInterface(Device, &Config);");
		assertContains(generated.file("ToasterBus_ddi.h"), "TOASTER_INTERFACE_STANDARD_GET_CRISPINESS_LEVEL ToasterBus_TOASTER_INTERFACE_STANDARD_GetCrispinessLevel;");
	}

	@Test
	void passThroughRegistersNoTemplateAndSendsToTheParentStack() {
		String c = generated.file("ToasterBus_ddi.c");
		String register = c.substring(at(c, "NTSTATUS ToasterBus_BUS_INTERFACE_STANDARD_Register"));
		assertContains(register, "WDF_QUERY_INTERFACE_CONFIG_INIT(&Config, NULL, &GUID_BUS_INTERFACE_STANDARD, NULL);\n"
				+ "    /* A PDO passes the query on to the top of its parent's stack. */\n    Config.SendQueryToParentStack = TRUE;");
		assertFalse(c.contains("ToasterBus_BUS_INTERFACE_STANDARD_Fill"), "nothing to fill without a template");
	}

	@Test
	void countedReferencesAndQueryRemoveVeto() {
		String c = generated.file("ToasterBus_ddi.c");
		assertContains(c, "InterlockedIncrement(&((TOASTER_BUS_TOASTER_INTERFACE_STANDARD_PRODUCER *)Context)->References);");
		assertContains(c, "InterlockedDecrement(&((TOASTER_BUS_TOASTER_INTERFACE_STANDARD_PRODUCER *)Context)->References);");
		assertContains(c, "NTSTATUS ToasterBus_ChildPdo_EvtDeviceQueryRemove(WDFDEVICE Device)\n{\n"
				+ "    if (InterlockedCompareExchange(&ToasterBus_TOASTER_INTERFACE_STANDARD_ProducerState(Device)->References, 0, 0) != 0) {");
		assertContains(c, "        return STATUS_UNSUCCESSFUL;");
		assertContains(generated.file("ToasterBus_ddi.h"), "EVT_WDF_DEVICE_QUERY_REMOVE ToasterBus_ChildPdo_EvtDeviceQueryRemove;");
		// A producer that overrides the interface's counting with noop uses the framework's no-op routines.
		assertContains(generated.file("ToasterFilter_ddi.c"), "Interface->InterfaceHeader.InterfaceReference = WdfDeviceInterfaceReferenceNoOp;");
	}

	@Test
	void callbackEnforcesTheDeclaredVersionPolicy() {
		String c = generated.file("ToasterFunction_ddi.c");
		assertContains(c, "if (ExposedInterface->Version == TOASTER_INTERFACE_STANDARD_VERSION && ExposedInterface->Size >= sizeof(TOASTER_INTERFACE_STANDARD)) {");
		assertContains(c, "if (ExposedInterface->Version == TOASTER_INTERFACE_STANDARD_V2_VERSION && ExposedInterface->Size >= sizeof(TOASTER_INTERFACE_STANDARD_V2)) {");
		assertContains(c, "    return STATUS_NOT_SUPPORTED;\n}");
		assertContains(c, "    return STATUS_DEVICE_BUSY;\n");
		assertContains(c, "ToasterFunction_TOASTER_INTERFACE_STANDARD_V2_EvtDeviceProcessQueryInterfaceRequest);");
		String filter = generated.file("ToasterFilter_ddi.c");
		assertContains(filter, "/* Policy 'accept': every request that reaches the callback succeeds. */\n    return STATUS_SUCCESS;");
		assertContains(generated.file("ToasterBus_ddi.c"), "/* Policy 'not-supported': the query travels on down the stack. */");
	}

	@Test
	void importInterfaceFillsAndReadsTheConsumersBuffer() {
		String c = generated.file("ToasterFunction_ddi.c");
		String register = c.substring(at(c, "NTSTATUS ToasterFunction_TOASTER_NOTIFY_INTERFACE_Register"));
		assertContains(register, "WDF_QUERY_INTERFACE_CONFIG_INIT(&Config, NULL, &GUID_TOASTER_NOTIFY_INTERFACE, ToasterFunction_TOASTER_NOTIFY_INTERFACE_EvtDeviceProcessQueryInterfaceRequest);");
		assertContains(register, "Config.ImportInterface = TRUE;");
		assertContains(c, "if (ExposedInterface->Size < sizeof(TOASTER_NOTIFY_INTERFACE)) {");
		assertContains(c, "ToasterFunction_TOASTER_NOTIFY_INTERFACE_Fill_TOASTER_NOTIFY_INTERFACE(Interface, Device, "
				+ "(PVOID)ToasterFunction_TOASTER_NOTIFY_INTERFACE_ProducerState(Device));");
		assertContains(c, "status = ToasterFunction_TOASTER_NOTIFY_INTERFACE_Import(Device, Interface, ExposedInterfaceSpecificData);");
		assertFalse(c.contains("Interface->OnToastReady ="), "the producer does not write consumer members");
	}

	@Test
	void consumerZeroesQueriesWithDeclaredSizeAndVersionAndDereferencesOnce() {
		String c = generated.file("Toaster_ddi.c");
		int zero = at(c, "    RtlZeroMemory(&Consumer->Buffer, sizeof(Consumer->Buffer));\n    /* An ImportInterface");
		int query = at(c, "status = WdfFdoQueryForInterface(Device, &GUID_TOASTER_INTERFACE_STANDARD, (PINTERFACE)&Consumer->Buffer.Interface, "
				+ "(USHORT)sizeof(TOASTER_INTERFACE_STANDARD), TOASTER_INTERFACE_STANDARD_VERSION, NULL);");
		assertTrue(zero < query);
		assertContains(c, "        Consumer->Buffer.Interface.InterfaceHeader.InterfaceDereference(Consumer->Buffer.Interface.InterfaceHeader.Context);\n"
				+ "        Consumer->Held = FALSE;\n    }\n    RtlZeroMemory(&Consumer->Buffer, sizeof(Consumer->Buffer));");
		assertContains(c, "NTSTATUS Toaster_AcquireInterfaces_EvtDeviceSelfManagedIoInit(WDFDEVICE Device)");
		assertContains(c, "NTSTATUS Toaster_AcquireInterfaces_EvtDevicePrepareHardware(WDFDEVICE Device)");
		assertContains(c, "VOID Toaster_ReleaseInterfaces_EvtDeviceReleaseHardware(WDFDEVICE Device)\n{\n"
				+ "    Toaster_TOASTER_INTERFACE_STANDARD_Release(Toaster_TOASTER_INTERFACE_STANDARD_ConsumerState(Device));\n"
				+ "    Toaster_BUS_INTERFACE_STANDARD_Release(Toaster_BUS_INTERFACE_STANDARD_ConsumerState(Device));\n}");
		String filter = generated.file("ToasterFilter_ddi.c");
		assertContains(filter, "status = ToasterFilter_TOASTER_INTERFACE_STANDARD_UseOnce(Device);");
		assertContains(filter, "    ToasterFilter_TOASTER_INTERFACE_STANDARD_Use(Device, &Consumer->Buffer.Interface);\n"
				+ "    ToasterFilter_TOASTER_INTERFACE_STANDARD_Release(Consumer);");
	}

	@Test
	void remoteConsumerUsesTheTargetWithTheDeclaredRequest() {
		String c = generated.file("ToasterMonitor_ddi.c");
		String h = generated.file("ToasterMonitor_ddi.h");
		// 72 is not sizeof on x64 (64): the request is written as declared and the buffer made that large.
		assertContains(c, "status = WdfIoTargetQueryForInterface(Target, &GUID_TOASTER_INTERFACE_STANDARD, "
				+ "(PINTERFACE)&Consumer->Buffer.Interface, (USHORT)72, TOASTER_INTERFACE_STANDARD_V2_VERSION, NULL);");
		assertContains(h, "        UCHAR Space[72];");
		assertContains(c, "status = ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_Acquire(Device, ToasterMonitor_BusTarget_Target(Device), "
				+ "ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_ConsumerState(Device));");
		assertContains(c, "(PVOID)(Device));");
		assertContains(c, "    Consumer->Buffer.Interface.OnToastReady = ToasterMonitor_TOASTER_NOTIFY_INTERFACE_OnToastReady;\n");
		assertContains(c, "    ToasterMonitor_TOASTER_NOTIFY_INTERFACE_FillConsumerFields(&Consumer->Buffer.Interface, Device);\n");
		assertContains(h, "Declared 'release never'");
	}

	@Test
	void remoteTargetCallbacksReleaseCloseReopenAndRequery() {
		String c = generated.file("ToasterMonitor_ddi.c");
		assertContains(c, "static NTSTATUS ToasterMonitor_BusTarget_EvtIoTargetQueryRemove(WDFIOTARGET IoTarget)");
		int release = at(c, "    ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_Release(ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_ConsumerState(Device));\n"
				+ "    WdfIoTargetCloseForQueryRemove(IoTarget);\n    return STATUS_SUCCESS;");
		assertTrue(release > 0);
		assertContains(c, "    WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(&Params);\n    status = WdfIoTargetOpen(IoTarget, &Params);");
		assertContains(c, "    (VOID)ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_Acquire(Device, IoTarget, "
				+ "ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_ConsumerState(Device));");
		assertContains(c, "    ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_Release(ToasterMonitor_TOASTER_INTERFACE_STANDARD_V2_ConsumerState(Device));\n"
				+ "    WdfIoTargetClose(IoTarget);\n}");
		assertContains(c, "    Params.EvtIoTargetQueryRemove = ToasterMonitor_BusTarget_EvtIoTargetQueryRemove;\n"
				+ "    Params.EvtIoTargetRemoveComplete = ToasterMonitor_BusTarget_EvtIoTargetRemoveComplete;\n"
				+ "    Params.EvtIoTargetRemoveCanceled = ToasterMonitor_BusTarget_EvtIoTargetRemoveCanceled;\n");
		assertContains(c, "WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&Params, TargetDeviceName, STANDARD_RIGHTS_ALL);");
		assertContains(c, "    Params.TargetFileObject = TargetFileObject;\n");
		assertContains(c, "/* EvtIoTargetQueryRemove: not declared, the framework default applies");
		assertContains(c, "/* Declared 'none': the callback does nothing. */");
	}

	@Test
	void wdmDriversGetNoKmdfCode() {
		assertFalse(generated.paths().stream().anyMatch(p -> p.startsWith("Pci_") || p.startsWith("Acpi_")), generated.paths().toString());
	}
}
