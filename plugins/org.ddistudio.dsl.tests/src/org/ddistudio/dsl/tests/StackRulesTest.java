/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.tests;

import static org.ddistudio.dsl.tests.DdiTestSupport.assertAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** DDI4xx: device trees and stacks. Each rule: a model that breaks it, and the repaired model. */
class StackRulesTest {

	/** Toaster bus and function driver (wdf-semantics.md §2.1) plus the drivers the stacks below need. */
	private static final String DRIVERS = """
			package stacks

			interface TOASTER_INTERFACE_STANDARD {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			    version 1
			    references noop
			    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
			    BOOLEAN IsSafetyLockEnabled(_In_ PVOID Context);
			}

			interface TOASTER_INTERFACE_V2 extends TOASTER_INTERFACE_STANDARD {
			    version 2
			    BOOLEAN SetCrispinessLevel(_In_ PVOID Context, _In_ UCHAR Level);
			}

			driver ToasterBus bus KMDF {
			    produce TOASTER_INTERFACE_STANDARD on child-pdo
			}

			driver Toaster function KMDF {
			    consume TOASTER_INTERFACE_STANDARD {
			        acquire EvtDeviceSelfManagedIoInit
			        release after-use
			        calls GetCrispinessLevel
			    }
			}

			driver Other function KMDF {
			}

			driver OtherBus bus KMDF {
			}

			driver UpperFilter upper-filter KMDF {
			}

			driver LowerFilter lower-filter KMDF {
			}

			driver ShadowFilter upper-filter KMDF {
			    produce TOASTER_INTERFACE_V2 on filter
			}

			driver WdmShadowFilter upper-filter WDM {
			    produce TOASTER_INTERFACE_STANDARD on filter
			}

			driver Monitor function KMDF {
			    target Toasters open by-name {
			        EvtIoTargetQueryRemove close
			        EvtIoTargetRemoveComplete close
			        EvtIoTargetRemoveCanceled reopen
			    }
			}

			""";

	private static final String BUS = """
			    device Bus {
			        pdo root
			        function ToasterBus
			    }
			""";

	/** A system of the bus device and {@code devices}, over {@link #DRIVERS} (shared with the stack rules of other classes). */
	static String system(String devices) {
		return DRIVERS + "system S {\n" + BUS + devices + "}\n";
	}

	@Test
	void toasterTreeIsClean() {
		DdiTestSupport.of(system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        lower-filter LowerFilter
				        function Toaster
				        upper-filter UpperFilter
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI400

	@Test
	void stackWithoutPdo() {
		String text = system("""
				    device Lonely {
				        function Other
				    }
				""");
		DdiTestSupport support = DdiTestSupport.of(text).assertCodes(DdiRule.STACK_WITHOUT_PDO);
		Issue issue = support.issue(DdiRule.STACK_WITHOUT_PDO);
		assertAt(text, issue, "device Lonely");
		assertTrue(issue.getMessage().contains("'pdo root'"), issue.getMessage());
		assertEquals(Severity.ERROR, issue.getSeverity());
	}

	@Test
	void stackWithoutPdoRepaired() {
		DdiTestSupport.of(system("""
				    device Lonely {
				        pdo root
				        function Other
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI401

	@Test
	void twoFunctionDrivers() {
		String text = system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				        function Other
				    }
				""");
		DdiTestSupport support = DdiTestSupport.of(text).assertCodes(DdiRule.TWO_FUNCTION_DRIVERS);
		Issue issue = support.issue(DdiRule.TWO_FUNCTION_DRIVERS);
		assertAt(text, issue, "function Other");
		assertTrue(issue.getMessage().contains("already has the function driver 'Toaster'"), issue.getMessage());
	}

	@Test
	void twoFunctionDriversRepairedWithAFilter() {
		DdiTestSupport.of(system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				        upper-filter UpperFilter
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI402

	@Test
	void lowerFilterAboveTheFunctionDriver() {
		String text = system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				        lower-filter LowerFilter
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.LAYER_OUT_OF_ORDER).issue(DdiRule.LAYER_OUT_OF_ORDER);
		assertAt(text, issue, "lower-filter LowerFilter");
		assertTrue(issue.getMessage().contains("is written above 'function Toaster'"), issue.getMessage());
	}

	@Test
	void filterBelowThePdo() {
		String text = system("""
				    device Toaster1 parent Bus {
				        lower-filter LowerFilter
				        pdo ToasterBus
				        function Toaster
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.LAYER_OUT_OF_ORDER).issue(DdiRule.LAYER_OUT_OF_ORDER);
		assertAt(text, issue, "pdo ToasterBus\n\t\tfunction Toaster".replace("\t\t", "        "));
		assertTrue(issue.getMessage().contains("'lower-filter LowerFilter' is written below it"), issue.getMessage());
	}

	@Test
	void secondPdoAndUpperFilterBelowFunction() {
		String text = system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        pdo ToasterBus
				        upper-filter UpperFilter
				        function Toaster
				    }
				""");
		DdiTestSupport support = DdiTestSupport.of(text).assertCodes(DdiRule.LAYER_OUT_OF_ORDER, DdiRule.LAYER_OUT_OF_ORDER);
		assertTrue(support.describe().contains("second PDO"), support.describe());
		assertTrue(support.describe().contains("'function Toaster' is written above 'upper-filter UpperFilter'"), support.describe());
	}

	@Test
	void layerOrderRepaired() {
		DdiTestSupport.of(system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        lower-filter LowerFilter
				        function Toaster
				        upper-filter UpperFilter
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI403

	@Test
	void cyclicDeviceTreeIsReportedOnEveryDeviceOfTheCycle() {
		String text = system("""
				    device A parent B {
				        pdo OtherBus
				        function OtherBus
				    }
				    device B parent A {
				        pdo OtherBus
				        function OtherBus
				    }
				    device Hanging parent A {
				        pdo OtherBus
				        function Other
				    }
				""");
		DdiTestSupport support = DdiTestSupport.of(text).assertCodes(DdiRule.CYCLIC_DEVICE_TREE, DdiRule.CYCLIC_DEVICE_TREE);
		Issue first = support.issue(DdiRule.CYCLIC_DEVICE_TREE);
		assertAt(text, first, "device A parent B");
		assertTrue(first.getMessage().contains("A -> B -> A"), first.getMessage());
	}

	@Test
	void deviceThatIsItsOwnParent() {
		String text = system("""
				    device Self parent Self {
				        pdo OtherBus
				        function OtherBus
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.CYCLIC_DEVICE_TREE).issue(DdiRule.CYCLIC_DEVICE_TREE);
		assertTrue(issue.getMessage().contains("Self -> Self"), issue.getMessage());
	}

	@Test
	void cycleRepaired() {
		DdiTestSupport.of(system("""
				    device A {
				        pdo root
				        function OtherBus
				    }
				    device B parent A {
				        pdo OtherBus
				        function OtherBus
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI404

	@Test
	void childWithRootPdo() {
		String text = system("""
				    device Child parent Bus {
				        pdo root
				        function Other
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.PDO_OWNER_MISMATCH).issue(DdiRule.PDO_OWNER_MISMATCH);
		assertAt(text, issue, "pdo root\n        function Other");
		assertTrue(issue.getMessage().contains("created by 'ToasterBus', the bus driver of 'Bus'"), issue.getMessage());
	}

	@Test
	void rootDeviceWhosePdoNamesADriver() {
		String text = system("""
				    device Orphan {
				        pdo ToasterBus
				        function Other
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.PDO_OWNER_MISMATCH).issue(DdiRule.PDO_OWNER_MISMATCH);
		assertTrue(issue.getMessage().contains("root-enumerated"), issue.getMessage());
	}

	@Test
	void pdoOfAnotherBusDriver() {
		String text = system("""
				    device Child parent Bus {
				        pdo OtherBus
				        function Other
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.PDO_OWNER_MISMATCH).issue(DdiRule.PDO_OWNER_MISMATCH);
		assertTrue(issue.getMessage().contains("write 'pdo ToasterBus'"), issue.getMessage());
	}

	@Test
	void pdoOwnedByAFunctionDriver() {
		String text = system("""
				    device Parent {
				        pdo root
				        function Other
				    }
				    device Child parent Parent {
				        pdo Other
				        function OtherBus
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.PDO_OWNER_MISMATCH).issue(DdiRule.PDO_OWNER_MISMATCH);
		assertTrue(issue.getMessage().contains("only a bus driver enumerates child PDOs"), issue.getMessage());
	}

	@Test
	void pdoOwnerRepaired() {
		DdiTestSupport.of(system("""
				    device Child parent Bus {
				        pdo ToasterBus
				        function Other
				    }
				    device Orphan {
				        pdo root
				        function Other
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI405

	@Test
	void filterAsFunctionDriver() {
		String text = system("""
				    device Child parent Bus {
				        pdo ToasterBus
				        function UpperFilter
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.DRIVER_KIND_MISMATCH).issue(DdiRule.DRIVER_KIND_MISMATCH);
		assertAt(text, issue, "function UpperFilter");
		assertTrue(issue.getMessage().contains("WdfFdoInitSetFilter"), issue.getMessage());
	}

	@Test
	void filtersOfTheWrongKindAndFunctionDriverAsFilter() {
		String text = system("""
				    device Child parent Bus {
				        pdo ToasterBus
				        lower-filter UpperFilter
				        function Toaster
				        upper-filter LowerFilter
				        upper-filter Other
				    }
				""");
		DdiTestSupport support = DdiTestSupport.of(text)
				.assertCodes(DdiRule.DRIVER_KIND_MISMATCH, DdiRule.DRIVER_KIND_MISMATCH, DdiRule.DRIVER_KIND_MISMATCH);
		assertTrue(support.describe().contains("declare it lower-filter"), support.describe());
		assertTrue(support.describe().contains("'Other' sits in the upper filter position"), support.describe());
	}

	@Test
	void driverKindsRepaired() {
		// a bus driver as the function driver of its own device is right (the Bus device does that)
		DdiTestSupport.of(system("""
				    device Child parent Bus {
				        pdo ToasterBus
				        lower-filter LowerFilter
				        function Toaster
				        upper-filter UpperFilter
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI406

	@Test
	void kmdfFilterAndPdoProduceOneGuid() {
		String text = system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				        upper-filter ShadowFilter
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.TWO_PRODUCERS_IN_STACK).issue(DdiRule.TWO_PRODUCERS_IN_STACK);
		assertAt(text, issue, "upper-filter ShadowFilter");
		// the filter registers the V2 interface: same effective GUID, inherited from the base
		assertTrue(issue.getMessage().contains("{E0B27630-5434-11D3-B890-00C04FAD5171}"), issue.getMessage());
		assertTrue(issue.getMessage().contains("leaked"), issue.getMessage());
	}

	@Test
	void wdmFilterIsNotAssumedToForward() {
		// what a WDM dispatch routine does after answering is its own code; only KMDF is known to forward (R6)
		DdiTestSupport.of(system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				        upper-filter WdmShadowFilter
				    }
				""")).assertClean();
	}

	@Test
	void twoProducersRepaired() {
		DdiTestSupport.of(system("""
				    device Toaster1 parent Bus {
				        pdo ToasterBus
				        function Toaster
				        upper-filter UpperFilter
				    }
				""")).assertClean();
	}

	// ---------------------------------------------------------------- DDI408

	@Test
	void rawPdoIsAWarning() {
		String text = system("""
				    device Raw parent Bus {
				        pdo ToasterBus
				    }
				""");
		Issue issue = DdiTestSupport.of(text).assertCodes(DdiRule.STACK_WITHOUT_FUNCTION).issue(DdiRule.STACK_WITHOUT_FUNCTION);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertAt(text, issue, "device Raw");
		assertTrue(issue.getMessage().contains("raw PDO"), issue.getMessage());
	}

	@Test
	void rawPdoRepaired() {
		DdiTestSupport.of(system("""
				    device Raw parent Bus {
				        pdo ToasterBus
				        function Other
				    }
				""")).assertClean();
	}
}
