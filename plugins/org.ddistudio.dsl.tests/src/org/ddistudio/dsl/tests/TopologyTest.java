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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ddistudio.model.Device;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.topology.DeviceTrees;
import org.ddistudio.model.topology.StackConsumers;
import org.ddistudio.model.topology.StackRegistrations;
import org.ddistudio.model.topology.Stacks;
import org.junit.jupiter.api.Test;

/** The device-tree and stack helpers of org.ddistudio.model.topology, on parsed models. */
class TopologyTest {

	private static final String MODEL = """
			package topo
			interface I {
			    guid {11111111-2222-3333-4444-555555555555}
			    version 1
			}
			driver Bus bus KMDF {
			    produce I on child-pdo
			    consume I
			}
			driver Fn function KMDF {
			    consume I
			}
			driver Up upper-filter KMDF {
			    produce I on filter
			}
			system S {
			    device Root {
			        pdo root
			        function Bus
			    }
			    device Child parent Root {
			        pdo Bus
			        function Fn
			        upper-filter Up
			    }
			    device A parent B {
			        pdo Bus
			    }
			    device B parent A {
			        pdo Bus
			    }
			    device Tail parent A {
			        pdo Bus
			    }
			}
			""";

	private final DdiTestSupport support = DdiTestSupport.of(MODEL);

	private Map<String, Device> devices() {
		SystemLayout system = (SystemLayout) support.model().getDeclarations().get(4);
		return system.getDevices().stream().collect(Collectors.toMap(Device::getName, d -> d));
	}

	private Driver driver(int index) {
		return (Driver) support.model().getDeclarations().get(index);
	}

	@Test
	void ancestorsStopAtTheRootAndAtCycles() {
		Map<String, Device> d = devices();
		assertEquals(List.of(d.get("Root")), DeviceTrees.ancestors(d.get("Child")));
		assertEquals(List.of(d.get("B")), DeviceTrees.ancestors(d.get("A")));
		assertEquals(List.of(d.get("A"), d.get("B")), DeviceTrees.ancestors(d.get("Tail")));
		assertTrue(DeviceTrees.isInCycle(d.get("A")));
		assertFalse(DeviceTrees.isInCycle(d.get("Tail")));
		assertEquals(List.of(d.get("B"), d.get("A")), DeviceTrees.cycleThrough(d.get("B")));
		assertTrue(DeviceTrees.isSelfOrAncestor(d.get("Root"), d.get("Child")));
		assertFalse(DeviceTrees.isSelfOrAncestor(d.get("Child"), d.get("Root")));
	}

	@Test
	void stackOrderAndDeviceObjects() {
		Device child = devices().get("Child");
		assertEquals(List.of("upper-filter", "function", "pdo"),
				Stacks.topDown(child).stream().map(l -> l.getRole().getName().toLowerCase().replace('_', '-')).toList());
		assertEquals(driver(2), Stacks.functionDriver(child));
		assertTrue(Stacks.contains(child, driver(1)));
		assertFalse(Stacks.hasFdoOrFilter(driver(1), child), "the bus driver only owns the child's PDO");
		assertNull(Stacks.driverOf(devices().get("Root").getLayers().get(0)), "pdo root has no driver");
	}

	@Test
	void registrationsTopDownAndConsumersWithoutThePdoOwner() {
		Device child = devices().get("Child");
		assertEquals(List.of(DeviceObjectRole.FILTER_DEVICE, DeviceObjectRole.CHILD_PDO),
				StackRegistrations.topDown(child).stream().map(r -> r.producer().getOn()).toList());
		Interface i = (Interface) support.model().getDeclarations().get(0);
		// Bus consumes I too, but from its FDO in Root's stack, not from the child's PDO
		assertEquals(List.of(driver(2)), StackConsumers.of(child, i).stream().map(c -> c.driver()).toList());
		assertEquals(List.of(driver(1)), StackConsumers.of(devices().get("Root"), i).stream().map(c -> c.driver()).toList());
	}
}
