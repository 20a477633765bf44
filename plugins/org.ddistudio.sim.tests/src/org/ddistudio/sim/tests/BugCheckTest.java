/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim.tests;

import static org.ddistudio.sim.tests.Sim.assertBugCheck;
import static org.ddistudio.sim.tests.Sim.assertFail;
import static org.ddistudio.sim.tests.Sim.assertFinding;
import static org.ddistudio.sim.tests.Sim.assertNoBugCheck;
import static org.ddistudio.sim.tests.Sim.assertNotTraced;
import static org.ddistudio.sim.tests.Sim.assertOrder;
import static org.ddistudio.sim.tests.Sim.assertPass;
import static org.ddistudio.sim.tests.Sim.assertTraced;
import static org.ddistudio.sim.tests.Sim.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5 bug checks (R8), driver image lifetime, and the implied lifecycle of a system without scenarios. */
class BugCheckTest {

	/** Fn is the function driver of two children and produces TI on its FDOs; a monitor holds it from Child1. */
	static String twoChildren(String steps) {
		return """
				driver Bus bus KMDF { }
				driver Fn function KMDF {
				    produce TI on fdo
				}
				driver Mon function KMDF {
				    target ToC1 open by-name
				    consume TI { from target ToC1 acquire on-demand release EvtDeviceReleaseHardware calls Ping }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child1 parent BusDev { pdo Bus function Fn }
				    device Child2 parent BusDev { pdo Bus function Fn }
				    device Monitor { pdo root function Mon target ToC1 -> Child1 }
				    scenario T {
				        start all
				        Monitor queries TI expect STATUS_SUCCESS from Fn
				        %s
				    }
				}
				""".formatted(steps);
	}

	@Test
	@DisplayName("§5 0x50: the producer's device object is gone but another device keeps its driver loaded")
	void pageFaultWhileDriverLoaded() {
		ScenarioResult result = run(twoChildren("""
				remove Child1 expect not-vetoed
				Monitor calls Ping of TI
				expect bugcheck 0x50
				"""));
		assertPass(result);
		assertBugCheck(result, 0x50, 4);
		assertNotTraced(result, "driver Fn unloaded");
	}

	@Test
	@DisplayName("§5 a driver image unloads when its last device is gone (not before, not on request); then the call is 0xCE")
	void imageUnloadsWithItsLastDevice() {
		ScenarioResult result = run(twoChildren("""
				remove Child1 expect not-vetoed
				unload Fn
				remove Child2 expect not-vetoed
				Monitor calls Ping of TI
				expect bugcheck 0xCE
				"""));
		assertPass(result);
		assertOrder(result, "IRP_MN_REMOVE_DEVICE on Child1", "Fn still has devices: the image stays loaded", "IRP_MN_REMOVE_DEVICE on Child2",
				"driver Fn unloaded");
		assertBugCheck(result, 0xCE, 6);
	}

	@Test
	@DisplayName("§5 calling a member beyond the Size the producer returned is a NULL function pointer (0x7E family)")
	void memberBeyondReturnedSize() {
		String text = """
				driver Bus bus KMDF {
				    produce TI on child-pdo
				}
				driver Fn function KMDF {
				    consume TI_V2 { acquire on-demand release EvtDeviceReleaseHardware }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    scenario T {
				        start all
				        Child queries TI_V2 expect STATUS_SUCCESS from Bus version 1
				        Child calls Ping of TI_V2
				        Child calls Pong of TI_V2
				        %s
				    }
				}
				""";
		ScenarioResult expected = run(text.formatted("expect bugcheck 0x7E"));
		assertPass(expected);
		assertBugCheck(expected, 0x7E, 4);
		// without the expectation the bug check fails the scenario
		ScenarioResult unexpected = run(text.formatted(""));
		assertFail(unexpected);
		assertBugCheck(unexpected, 0x7E, 4);
	}

	static final String TOASTER = """
			driver Bus bus KMDF {
			    produce TI on child-pdo
			}
			driver Fn function KMDF {
			    consume TI { acquire EvtDeviceSelfManagedIoInit release after-use calls Ping }
			}
			%s
			system S {
			    device BusDev { pdo root function Bus }
			    device Child parent BusDev { pdo Bus function Fn }
			    %s
			}
			""";

	@Test
	@DisplayName("§4.2/§5 implied lifecycle: start and use, then orderly and surprise removal of each device, from a fresh start each")
	void impliedLifecycle() {
		List<ScenarioResult> results = Simulator.run(Sim.system(TOASTER.formatted("", "")), () -> false);
		assertEquals(List.of("implied: start and use", "implied: orderly removal of BusDev", "implied: orderly removal of Child",
				"implied: surprise removal of BusDev", "implied: surprise removal of Child"), results.stream().map(ScenarioResult::name).toList());
		for (ScenarioResult result : results) {
			assertPass(result);
			assertNoBugCheck(result);
			assertTraced(result, "BusDev started");
			assertTraced(result, "Child started");
		}
		ScenarioResult orderly = results.get(1);
		assertOrder(orderly, "IRP_MN_QUERY_REMOVE_DEVICE on BusDev succeeds", "IRP_MN_QUERY_REMOVE_DEVICE on Child succeeds",
				"IRP_MN_REMOVE_DEVICE on Child", "IRP_MN_REMOVE_DEVICE on BusDev");
		ScenarioResult surprise = results.get(3);
		assertNotTraced(surprise, "QUERY_REMOVE");
		assertTraced(surprise, "IRP_MN_SURPRISE_REMOVAL on Child");
		assertTraced(surprise, "IRP_MN_SURPRISE_REMOVAL on BusDev");
		assertTraced(surprise, "IRP_MN_REMOVE_DEVICE on BusDev");
	}

	@Test
	@DisplayName("§5 implied lifecycle of a cross-stack consumer of a no-op producer: 0xCE once the bus is gone, 0x50 when only the child is")
	void impliedLifecycleFindsCrossStackCrashes() {
		String monitor = """
				driver Mon function KMDF {
				    target ToChild open by-name
				    consume TI { from target ToChild acquire on-demand release never calls Ping }
				}
				""";
		List<ScenarioResult> results = Simulator.run(Sim.system(TOASTER.formatted(monitor,
				"device Monitor { pdo root function Mon target ToChild -> Child }")), () -> false);
		ScenarioResult removeBus = results.stream().filter(r -> r.name().equals("implied: orderly removal of BusDev")).findFirst().orElseThrow();
		assertFail(removeBus);
		assertBugCheck(removeBus, 0xCE, 5);
		ScenarioResult removeChild = results.stream().filter(r -> r.name().equals("implied: surprise removal of Child")).findFirst().orElseThrow();
		assertFail(removeChild);
		assertBugCheck(removeChild, 0x50, 5);
		assertPass(results.get(0));
	}

	/** The child PDO's TI ({@code options}), a monitor holding it through a by-name target with default callbacks. */
	static String heldAcrossRemoval(String options, String steps) {
		return """
				driver Bus bus KMDF {
				    produce TI on child-pdo { %s }
				}
				driver Fn function KMDF {
				    consume TI { acquire on-demand release EvtDeviceReleaseHardware }
				}
				driver Mon function KMDF {
				    target ToChild open by-name
				    consume TI { from target ToChild acquire on-demand release EvtDeviceReleaseHardware calls Ping }
				}
				system S {
				    device BusDev { pdo root function Bus }
				    device Child parent BusDev { pdo Bus function Fn }
				    device Monitor { pdo root function Mon target ToChild -> Child }
				    scenario T {
				        start all
				        %s
				    }
				}
				""".formatted(options, steps);
	}

	@Test
	@DisplayName("§1.1/R8 KMDF no-op reference routines are framework code: releasing after the producer unloaded does not fault")
	void frameworkNoOpDereferenceAfterUnload() {
		ScenarioResult result = run(heldAcrossRemoval("", """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				remove BusDev expect not-vetoed
				Monitor releases TI
				"""));
		assertPass(result);
		assertNoBugCheck(result);
		assertTraced(result, "driver Bus unloaded");
	}

	@Test
	@DisplayName("R5/R8 a second InterfaceDereference after the counted producer unloaded runs unloaded code: 0xCE")
	void doubleReleaseAfterUnload() {
		ScenarioResult result = run(heldAcrossRemoval("references counted", """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				Monitor releases TI
				remove BusDev expect not-vetoed
				Monitor releases TI
				expect bugcheck 0xCE
				"""));
		assertPass(result);
		assertBugCheck(result, 0xCE, 5);
		assertFinding(result, FindingKind.DOUBLE_RELEASE, "ReleaseStep");
	}

	@Test
	@DisplayName("R5 calling a routine after InterfaceDereference is reported on its step; through a never-filled buffer it is a NULL call (0x7E)")
	void callAfterReleaseAndThroughAnEmptyBuffer() {
		ScenarioResult afterRelease = run(heldAcrossRemoval("", """
				Monitor queries TI expect STATUS_SUCCESS from Bus
				Monitor releases TI
				Monitor calls Ping of TI
				"""));
		assertEquals(4, assertFinding(afterRelease, FindingKind.USE_AFTER_RELEASE, "CallStep").step());
		assertNoBugCheck(afterRelease);
		ScenarioResult empty = run(heldAcrossRemoval("Interface NULL", """
				Child queries TI expect STATUS_NOT_SUPPORTED
				Child calls Ping of TI
				expect bugcheck 0x7E
				"""));
		assertPass(empty);
		assertBugCheck(empty, 0x7E, 3);
	}
}
