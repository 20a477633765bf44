/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.highlighting;

/**
 * What DDI text is coloured by: lexical categories, found by the lexer on every keystroke, and
 * semantic ones, found by the language's semantic highlighting calculator once the text is parsed and
 * linked (what a name declares or refers to). Each has a colour and font style on the preference page.
 */
public enum DdiStyle {
	/** Identifiers, punctuation, white space: the editor's foreground. Not configurable. */
	PLAIN("Other text", false),
	/** Grammar keywords: interface, driver, produce, guid ... */
	KEYWORD("Keywords", false),
	/** WDK base types: ULONG, PVOID, WDFDEVICE ... */
	WDK_TYPE("WDK types", false),
	/** SAL annotations: _In_, _Out_writes_bytes_ ... */
	SAL("SAL annotations", false),
	/** NTSTATUS values: STATUS_SUCCESS ... */
	STATUS("NTSTATUS values", false),
	GUID("GUIDs", false),
	NUMBER("Numbers", false),
	STRING("Strings", false),
	COMMENT("Comments", false),
	/** Documentation comments, which become hover text. */
	DOC_COMMENT("Documentation comments", false),

	/** Names of interfaces, declared or referred to. */
	INTERFACE("Interfaces", true),
	/** Structs and opaque types declared in .ddi files. */
	USER_TYPE("Structs and types", true),
	/** Routine members of interfaces. */
	ROUTINE("Routines", true),
	/** Data members of interfaces and struct fields. */
	MEMBER("Data members and fields", true),
	PARAMETER("Parameters", true),
	DRIVER("Drivers", true),
	/** Devices and the remote targets opened on them. */
	DEVICE("Devices and remote targets", true),
	SCENARIO("Scenarios", true),
	/** Added on top of the interface colour where a deprecated interface version is named. */
	DEPRECATED("Deprecated interface versions", true);

	private final String label;
	private final boolean semantic;

	DdiStyle(String label, boolean semantic) {
		this.label = label;
		this.semantic = semantic;
	}

	/** The name on the preference page. */
	public String label() {
		return label;
	}

	/** Whether the style needs the parsed and linked model, not just the lexer. */
	public boolean isSemantic() {
		return semantic;
	}

	/** Whether users choose its look (all but {@link #PLAIN}, which is the editor's foreground). */
	public boolean isConfigurable() {
		return this != PLAIN;
	}
}
