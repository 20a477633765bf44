/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.tests;

import static org.ddistudio.model.tests.ModelBuilder.extending;
import static org.ddistudio.model.tests.ModelBuilder.field;
import static org.ddistudio.model.tests.ModelBuilder.iface;
import static org.ddistudio.model.tests.ModelBuilder.proxy;
import static org.ddistudio.model.tests.ModelBuilder.routine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Routine;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.InterfaceLayout.Slot;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Interface versions: "V2 extends V1" appends V2's members to V1's and inherits V1's GUID. */
class VersionChainTest {

	private static final String GUID_V1 = "{E0B27630-5434-11D3-B890-00C04FAD5171}";
	private static final String GUID_V2 = "{7E1E2A2C-3D4B-4C5D-8E6F-A0B1C2D3E4F5}";
	private static final Duration QUICK = Duration.ofSeconds(5);

	// ------------------------------------------------------------------ layout of later versions

	@ParameterizedTest(name = "{0}: V1 {1} bytes, V2 {2} bytes, V3 {3} bytes aligned {4}")
	@CsvSource(textBlock = """
			X64, 48, 56, 64, 8
			X86, 24, 28, 40, 8
			""")
	void laterVersionsAppendTheirMembers(Abi abi, long v1Size, long v2Size, long v3Size, int v3Align) throws LayoutException {
		Routine a = routine("A");
		Routine b = routine("B");
		Routine c = routine("C");
		Field d = field("D", BaseType.ULONG64);
		Interface v1 = iface("I_V1", a, b);
		Interface v2 = extending("I_V2", v1, c);
		Interface v3 = extending("I_V3", v2, d);

		InterfaceLayout l1 = InterfaceLayout.compute(v1, abi);
		InterfaceLayout l2 = InterfaceLayout.compute(v2, abi);
		InterfaceLayout l3 = InterfaceLayout.compute(v3, abi);
		assertEquals(v1Size, l1.size());
		assertEquals(v2Size, l2.size());
		assertTrue(l2.size() > l1.size(), "a later version is larger");
		assertEquals(v3Size, l3.size());
		assertEquals(v3Align, l3.alignment());

		// V1's members first, at the same offsets as in V1: a V1 consumer can use a V2 interface
		List<Member> inOrder = l3.slots().subList(InterfaceLayout.HEADER_SLOTS, l3.slots().size()).stream().map(Slot::member).toList();
		assertEquals(List.of(a, b, c, d), inOrder);
		for (Member m : List.of(a, b)) {
			assertEquals(l1.slotOf(m).offset(), l2.slotOf(m).offset(), m.getName());
			assertEquals(l1.slotOf(m).offset(), l3.slotOf(m).offset(), m.getName());
		}
		int p = abi.pointerSize();
		long header = InterfaceLayout.headerSize(abi);
		assertEquals(header + 2 * p, l2.slotOf(c).offset());
		// D is a ULONG64: at 56 on x64, at 32 on x86 (28 rounded up to 8)
		assertEquals(abi == Abi.X64 ? 56 : 32, l3.slotOf(d).offset());
	}

	@Test
	void allMembersBaseFirst() {
		Routine a = routine("A");
		Routine b = routine("B");
		Interface v1 = iface("V1", a);
		Interface v2 = extending("V2", v1, b);
		assertEquals(List.of(a, b), Interfaces.allMembers(v2));
		assertEquals(List.of(a), Interfaces.allMembers(v1));
		assertEquals(List.of(v1, v2), Interfaces.versionChain(v2));
	}

	@Test
	void versionChainOldestFirst() {
		Interface v1 = iface("V1");
		Interface v2 = extending("V2", v1);
		Interface v3 = extending("V3", v2);
		assertEquals(List.of(v1, v2, v3), Interfaces.versionChain(v3));
		assertEquals(List.of(v1), Interfaces.versionChain(v1));
		assertFalse(Interfaces.hasCyclicBase(v3));
		assertFalse(Interfaces.hasCyclicBase(v1));
	}

	// ------------------------------------------------------------------ cycles and unresolved bases

	@Test
	void twoVersionCycleTerminates() {
		Interface a = iface("A", routine("RA"));
		Interface b = extending("B", a, routine("RB"));
		a.setBase(b);
		assertTimeoutPreemptively(QUICK, () -> {
			assertEquals(List.of(b, a), Interfaces.versionChain(a));
			assertEquals(List.of(a, b), Interfaces.versionChain(b));
			assertTrue(Interfaces.hasCyclicBase(a));
			assertTrue(Interfaces.hasCyclicBase(b));
			assertEquals(2, Interfaces.allMembers(a).size());
			assertNull(Interfaces.effectiveGuid(a));
			assertEquals(48, InterfaceLayout.compute(a, Abi.X64).size());
		});
	}

	@Test
	void selfExtensionTerminates() {
		Interface a = iface("A");
		a.setBase(a);
		assertTimeoutPreemptively(QUICK, () -> {
			assertEquals(List.of(a), Interfaces.versionChain(a));
			assertTrue(Interfaces.hasCyclicBase(a));
		});
	}

	/**
	 * A extends B, B and C extend each other. A's chain runs into a cycle but does not come back to A:
	 * A does not extend itself (the cycle is B's and C's error, reported there, not on A).
	 */
	@Test
	void cycleFurtherUpIsNotTheInterfacesOwn() {
		Interface c = iface("C");
		Interface b = extending("B", c);
		Interface a = extending("A", b);
		c.setBase(b);
		assertTimeoutPreemptively(QUICK, () -> {
			assertEquals(List.of(c, b, a), Interfaces.versionChain(a));
			assertTrue(Interfaces.hasCyclicBase(b));
			assertTrue(Interfaces.hasCyclicBase(c));
			assertFalse(Interfaces.hasCyclicBase(a));
		});
	}

	/**
	 * Long chains (the repeat check switches from scanning the chain to a set after 16 versions), with
	 * a cycle back into the middle, as a hostile model could write: every version once, oldest first,
	 * in linear time.
	 */
	@ParameterizedTest(name = "{0} versions, the oldest extending version {1}")
	@CsvSource({ "15, -1", "16, -1", "17, -1", "40, -1", "40, 20", "40, 39", "100000, 50000" })
	void longChainsWithOrWithoutACycleListEveryVersionOnce(int versions, int cycleTo) {
		List<Interface> created = new java.util.ArrayList<>();
		Interface previous = iface("V0");
		created.add(previous);
		for (int i = 1; i < versions; i++) {
			previous = extending("V" + i, previous);
			created.add(previous);
		}
		if (cycleTo >= 0) {
			created.get(0).setBase(created.get(cycleTo));
		}
		Interface newest = previous;
		assertTimeoutPreemptively(QUICK, () -> {
			List<Interface> chain = Interfaces.versionChain(newest);
			if (cycleTo < 0) {
				assertEquals(created, chain);
			} else {
				// from the newest down to V0, then V0's base closes the cycle at a version already in the chain
				assertEquals(versions, chain.size());
				assertEquals(created, chain);
			}
			assertEquals(versions, new java.util.HashSet<>(chain).size());
		});
	}

	@Test
	void unresolvedBaseEndsTheChain() throws LayoutException {
		Interface missing = proxy(ModelBuilder.F.createInterface(), "//MISSING_V1");
		Routine own = routine("Own");
		Interface v2 = iface("V2", own);
		v2.setBase(missing);
		assertEquals(List.of(v2), Interfaces.versionChain(v2));
		assertFalse(Interfaces.hasCyclicBase(v2));
		assertEquals(List.of(own), Interfaces.allMembers(v2));
		assertEquals(40, InterfaceLayout.compute(v2, Abi.X64).size());
		assertNull(Interfaces.effectiveGuid(v2));
	}

	// ------------------------------------------------------------------ GUID inheritance

	@Test
	void guidIsInheritedFromTheNearestBaseThatDeclaresOne() {
		Interface v1 = iface("V1");
		v1.setGuid(GUID_V1);
		Interface v2 = extending("V2", v1);
		Interface v3 = extending("V3", v2);
		assertEquals(GUID_V1, Interfaces.effectiveGuid(v1));
		assertEquals(GUID_V1, Interfaces.effectiveGuid(v2));
		assertEquals(GUID_V1, Interfaces.effectiveGuid(v3));

		v2.setGuid(GUID_V2);
		assertEquals(GUID_V2, Interfaces.effectiveGuid(v3), "the nearest base wins");
		assertEquals(GUID_V2, Interfaces.effectiveGuid(v2));
		assertEquals(GUID_V1, Interfaces.effectiveGuid(v1), "a base never sees a later version's GUID");

		v3.setGuid(GUID_V1);
		assertEquals(GUID_V1, Interfaces.effectiveGuid(v3), "an own GUID wins");
	}

	@Test
	void noGuidAnywhere() {
		Interface v1 = iface("V1");
		assertNull(Interfaces.effectiveGuid(extending("V2", v1)));
	}

	@Test
	void guidOfACycleMember() {
		Interface a = iface("A");
		Interface b = extending("B", a);
		a.setBase(b);
		b.setGuid(GUID_V2);
		assertTimeoutPreemptively(QUICK, () -> {
			assertEquals(GUID_V2, Interfaces.effectiveGuid(a));
			assertSame(GUID_V2, Interfaces.effectiveGuid(b));
		});
	}
}
