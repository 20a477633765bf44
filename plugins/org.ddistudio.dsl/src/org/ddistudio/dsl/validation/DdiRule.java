package org.ddistudio.dsl.validation;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/**
 * The catalogue of every diagnostic DDI Studio reports, each under a stable code. Codes never change
 * meaning once published: CI scripts filter on them, SARIF results name them, docs/rules.md explains
 * them. Ranges: DDI0xx syntax, names and references; DDI1xx interfaces and types; DDI2xx producers;
 * DDI3xx consumers and remote targets; DDI4xx device trees and stacks; DDI5xx scenarios.
 */
public enum DdiRule {
	// ---- syntax, names, references
	SYNTAX_ERROR("DDI001", "Syntax error"),
	UNRESOLVED_REFERENCE("DDI002", "Reference to an undeclared element"),
	UNKNOWN_TYPE("DDI003", "Unknown type"),
	UNKNOWN_TARGET_DEVICE("DDI004", "Remote target to a device that does not exist"),
	INVALID_NUMBER("DDI005", "Number out of range"),
	DUPLICATE_NAME("DDI010", "Duplicate name"),
	EMPTY_FILE("DDI011", "File declares nothing"),
	RESERVED_C_NAME("DDI012", "Name is a C keyword or a WDK type name"),

	// ---- interfaces and types
	MALFORMED_GUID("DDI100", "Malformed GUID"),
	DUPLICATE_GUID("DDI101", "One GUID on two interfaces"),
	INCOMPATIBLE_NEW_VERSION("DDI102", "New version changes members without a new GUID or a larger size"),
	MISSING_GUID("DDI103", "Interface without a GUID"),
	INVALID_VERSION("DDI104", "Missing or invalid interface version"),
	VERSION_NOT_INCREASED("DDI105", "Extending version does not increase the version number"),
	CYCLIC_EXTENDS("DDI106", "Interface extends itself"),
	TWO_WAY_MEMBERS("DDI107", "Consumer-supplied members and two-way interfaces do not match"),
	INVALID_LAYOUT("DDI108", "Type cannot be laid out"),
	SAL_MISMATCH("DDI109", "SAL annotation does not fit the parameter"),
	CONTEXT_PARAMETER("DDI110", "Routine does not take the interface Context first"),
	DEPRECATED_INTERFACE("DDI111", "Deprecated interface version consumed"),
	INVALID_OPAQUE_TYPE("DDI112", "Opaque type with an impossible size or alignment"),
	CONSUMER_MEMBER_IN_STRUCT("DDI113", "'consumer' on a struct field"),
	TOO_LARGE_FOR_INTERFACE_SIZE("DDI114", "Interface or struct larger than INTERFACE.Size can express"),

	// ---- producers
	IMPORT_WITHOUT_CALLBACK("DDI200", "ImportInterface without EvtDeviceProcessQueryInterfaceRequest"),
	PARENT_STACK_ON_NON_PDO("DDI201", "SendQueryToParentStack on a device object that is not a PDO"),
	NULL_INTERFACE_NOT_ALLOWED("DDI202", "Interface NULL without SendQueryToParentStack or ImportInterface"),
	PRODUCER_ROLE_MISMATCH("DDI203", "Producer registered on a device object its driver does not have"),
	TWO_WAY_WITHOUT_IMPORT("DDI204", "Two-way interface produced without ImportInterface"),
	CALLBACK_POLICY_INCONSISTENT("DDI205", "Callback policy contradicts the registration"),
	VETO_WITHOUT_COUNTING("DDI206", "Query-remove veto without counted references"),
	SHADOWED_REGISTRATION("DDI207", "Second registration of a GUID on one device object is never used"),
	KMDF_CONFIG_ON_WDM("DDI208", "WDF_QUERY_INTERFACE_CONFIG facts on a WDM driver"),

	// ---- consumers and remote targets
	UNSATISFIABLE_REQUEST("DDI300", "No producer in reach can satisfy the request"),
	NO_PRODUCER_IN_REACH("DDI301", "No producer of the interface in reach"),
	CROSS_STACK_NOOP_REFERENCES("DDI302", "Cross-stack consumer of a producer with no-op reference routines"),
	CROSS_STACK_NOT_RELEASED("DDI303", "Cross-stack consumer does not release on query-remove and remove-complete"),
	NEVER_RELEASED("DDI304", "Interface never released"),
	QUERY_FROM_PDO("DDI305", "WdfFdoQueryForInterface from a PDO"),
	UNBOUND_TARGET("DDI306", "Remote target never bound to a device"),
	MEMBER_BEYOND_REQUESTED_SIZE("DDI307", "Member used beyond the requested Size"),
	TARGET_WITHOUT_NOTIFICATIONS("DDI308", "Cross-stack consumer on a target without removal notifications"),
	REOPEN_NOT_POSSIBLE("DDI309", "Remote target cannot be reopened"),
	CONSUMER_SUPPLIED_MEMBER_CALLED("DDI310", "Consumer calls a member it supplies itself"),

	// ---- device trees and stacks
	STACK_WITHOUT_PDO("DDI400", "Stack without a PDO"),
	TWO_FUNCTION_DRIVERS("DDI401", "Stack with two function drivers"),
	LAYER_OUT_OF_ORDER("DDI402", "Device object out of order in its stack"),
	CYCLIC_DEVICE_TREE("DDI403", "Cyclic device tree"),
	PDO_OWNER_MISMATCH("DDI404", "PDO not owned by the parent's bus driver"),
	DRIVER_KIND_MISMATCH("DDI405", "Driver kind does not fit its place in the stack"),
	TWO_PRODUCERS_IN_STACK("DDI406", "Two producers of one GUID in one stack"),
	TARGET_TO_OWN_STACK("DDI407", "Remote target to the device's own stack"),
	STACK_WITHOUT_FUNCTION("DDI408", "Stack without a function driver"),
	TARGET_BOUND_TWICE("DDI409", "Remote target bound twice"),

	// ---- scenarios
	RELEASE_WITHOUT_ACQUIRE("DDI500", "Release without acquire"),
	USE_AFTER_RELEASE("DDI501", "Routine used after release"),
	NO_CONSUMER_FOR_STEP("DDI502", "No consumer of the interface in the device's stack"),
	STEP_ON_REMOVED_DEVICE("DDI503", "Event on a device that is already removed"),
	CANCEL_WITHOUT_QUERY_REMOVE("DDI504", "cancel-remove without a pending query-remove"),
	UNLOAD_WHILE_IN_USE("DDI505", "Driver unloaded while it still has devices"),
	AMBIGUOUS_CONSUMER("DDI506", "Several drivers of the stack consume the interface");

	private final String code;
	private final String title;

	DdiRule(String code, String title) {
		this.code = code;
		this.title = title;
	}

	/** The stable code, e.g. DDI100. */
	public String code() {
		return code;
	}

	/** A one-line title, e.g. "Malformed GUID". */
	public String title() {
		return title;
	}

	/** The rule with that code. */
	public static Optional<DdiRule> byCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
	}

	/**
	 * An issue as the tools show it to people: the first line of its docs/rules.md entry (code and
	 * title), then the message, e.g. "DDI100 Malformed GUID: group 1 must have 8 ...". Editor
	 * annotations and Problems-view markers use it, so every diagnostic names the entry to read.
	 */
	public static String headline(Issue issue) {
		String code = codeOf(issue);
		String title = byCode(code).map(r -> " " + r.title()).orElse("");
		return code + title + ": " + (issue.getMessage() == null ? "" : issue.getMessage());
	}

	/**
	 * The stable code of any issue, including Xtext's own syntax and linking diagnostics (which
	 * carry Xtext-internal codes or none).
	 */
	public static String codeOf(Issue issue) {
		String code = issue.getCode();
		if (code != null && byCode(code).isPresent()) {
			return code;
		}
		if (Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			return SYNTAX_ERROR.code;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return UNRESOLVED_REFERENCE.code;
		}
		if (issue.isSyntaxError()) {
			return SYNTAX_ERROR.code;
		}
		return code == null ? SYNTAX_ERROR.code : code;
	}
}
