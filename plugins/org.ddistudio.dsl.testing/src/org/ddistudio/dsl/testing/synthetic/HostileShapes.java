/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.testing.synthetic;

/**
 * Valid-looking models of hostile shapes (issue 18, "Limits"): chains as deep or as long as one
 * likes, and many versions of one GUID. Every tool must answer them within seconds with located
 * diagnostics, never with a StackOverflowError or a time that grows with the square of the size;
 * the tests and benchmarks of every front end read the same text from here.
 */
public final class HostileShapes {

	/** The GUID every generated interface uses. */
	public static final String GUID = "{E0B27630-5434-11D3-B890-00C04FAD5171}";

	private HostileShapes() {
	}

	/**
	 * {@code depth} typedefs, each of the one before ({@code T0} is a ULONG), and an interface with a
	 * field of the last: laying it out follows the whole chain.
	 */
	public static String typedefChain(int depth) {
		StringBuilder text = new StringBuilder("package hostile\n\ntypedef ULONG T0;\n");
		for (int i = 1; i < depth; i++) {
			text.append("typedef T").append(i - 1).append(" T").append(i).append(";\n");
		}
		return text.append(interfaceWithField("T" + (depth - 1))).toString();
	}

	/**
	 * {@code depth} structs, each holding the one before by value ({@code S0} holds a ULONG), and an
	 * interface with a field of the last.
	 */
	public static String structChain(int depth) {
		StringBuilder text = new StringBuilder("package hostile\n\nstruct S0 { ULONG Value }\n");
		for (int i = 1; i < depth; i++) {
			text.append("struct S").append(i).append(" { S").append(i - 1).append(" Inner }\n");
		}
		return text.append(interfaceWithField("S" + (depth - 1))).toString();
	}

	private static String interfaceWithField(String type) {
		return "\ninterface DEEP_INTERFACE {\n    guid " + GUID + "\n    version 1\n    " + type + " Deep\n}\n";
	}

	/**
	 * A system of {@code depth} devices, each the parent of the next: the root's function driver
	 * produces an interface on its FDO, every PDO below sends the query on to its parent's stack
	 * (SendQueryToParentStack), and the deepest device's function driver queries it, so the request
	 * climbs the whole tree. A scenario starts the deepest device (which starts every ancestor first),
	 * queries, and removes the root (which removes every descendant first).
	 */
	public static String deviceChain(int depth) {
		StringBuilder text = new StringBuilder("package hostile\n\n");
		text.append("interface CHAIN_INTERFACE {\n    guid ").append(GUID).append("\n    version 1\n    references counted\n")
				.append("    VOID Ping(_In_ PVOID Context);\n}\n\n");
		String upward = " on child-pdo {\n        Interface NULL\n        SendQueryToParentStack\n    }\n";
		text.append("driver Root bus KMDF {\n    produce CHAIN_INTERFACE on fdo\n    produce CHAIN_INTERFACE").append(upward).append("}\n\n");
		text.append("driver Bus bus KMDF {\n    produce CHAIN_INTERFACE").append(upward).append("}\n\n");
		text.append("driver Leaf function KMDF {\n    consume CHAIN_INTERFACE {\n        acquire on-demand\n        release after-use\n")
				.append("        calls Ping\n    }\n}\n\nsystem Chain {\n");
		text.append("    device D0 {\n        pdo root\n        function Root\n    }\n");
		for (int i = 1; i < depth; i++) {
			text.append("    device D").append(i).append(" parent D").append(i - 1).append(" {\n        pdo ")
					.append(i == 1 ? "Root" : "Bus").append("\n        function ").append(i == depth - 1 ? "Leaf" : "Bus").append("\n    }\n");
		}
		String deepest = "D" + (depth - 1);
		text.append("    scenario StartDeepestQueryRemoveRoot {\n        start ").append(deepest).append("\n        ").append(deepest)
				.append(" queries CHAIN_INTERFACE expect STATUS_SUCCESS from Root\n        ").append(deepest)
				.append(" releases CHAIN_INTERFACE\n        remove D0\n    }\n");
		return text.append("}\n").toString();
	}

	/**
	 * {@code count} interfaces sharing {@link #GUID}, versions 1 to {@code count}, and a bus driver that
	 * answers them the SdcaVXu way (Interface NULL, ImportInterface and an exact-version callback): each
	 * consumer gets exactly the version it asked for, so the versions need not extend each other, and
	 * the model is clean. Validation compares every version with every other of its GUID.
	 */
	public static String sharedGuid(int count) {
		StringBuilder text = new StringBuilder("package hostile\n\n");
		for (int i = 1; i <= count; i++) {
			text.append("interface V").append(i).append(" { guid ").append(GUID).append(" version ").append(i)
					.append(" VOID R(_In_ PVOID Context); }\n");
		}
		return text.append("\ndriver Bus bus KMDF {\n    produce V").append(count).append(" on child-pdo {\n")
				.append("        Interface NULL\n        ImportInterface\n        EvtDeviceProcessQueryInterfaceRequest exact version ")
				.append(count).append("\n    }\n}\n").toString();
	}

	/** An {@code extends} chain of {@code length} interfaces: E1 has the GUID, each next one extends it with one routine. */
	public static String extendsChain(int length) {
		StringBuilder text = new StringBuilder("package hostile\n\n");
		text.append("interface E1 { guid ").append(GUID).append(" version 1 VOID R1(_In_ PVOID Context); }\n");
		for (int i = 2; i <= length; i++) {
			text.append("interface E").append(i).append(" extends E").append(i - 1).append(" { version ").append(i)
					.append(" VOID R").append(i).append("(_In_ PVOID Context); }\n");
		}
		return text.toString();
	}
}
