package org.ddistudio.ui.highlighting;

/** The lexical categories DDI text is coloured by. */
public enum DdiStyle {
	/** Identifiers, punctuation, white space: the editor's foreground. */
	PLAIN,
	/** Grammar keywords: interface, driver, produce, guid ... */
	KEYWORD,
	/** WDK base types: ULONG, PVOID, WDFDEVICE ... */
	WDK_TYPE,
	/** SAL annotations: _In_, _Out_writes_bytes_ ... */
	SAL,
	/** NTSTATUS values: STATUS_SUCCESS ... */
	STATUS,
	GUID,
	NUMBER,
	STRING,
	COMMENT,
	/** Documentation comments, which become hover text. */
	DOC_COMMENT
}
