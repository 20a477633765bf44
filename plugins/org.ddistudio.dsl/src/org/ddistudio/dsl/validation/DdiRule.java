/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.validation;

import static org.ddistudio.model.rules.Severity.ERROR;
import static org.ddistudio.model.rules.Severity.WARNING;

import java.util.Arrays;
import java.util.Optional;

import org.ddistudio.model.rules.Rule;
import org.ddistudio.model.rules.Severity;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/**
 * The catalogue of every diagnostic DDI Studio reports, each under a stable code. Codes never change
 * meaning once published: CI scripts filter on them, SARIF results name them, docs/rules.md explains
 * them. Ranges: DDI0xx syntax, names and references; DDI1xx interfaces and types; DDI2xx producers;
 * DDI3xx consumers and remote targets; DDI4xx device trees and stacks; DDI5xx scenarios.
 */
public enum DdiRule implements Rule {
	// ---- syntax, names, references
	SYNTAX_ERROR("DDI001", "Syntax error", ERROR),
	UNRESOLVED_REFERENCE("DDI002", "Reference to an undeclared element", ERROR),
	UNKNOWN_TYPE("DDI003", "Unknown type", ERROR),
	UNKNOWN_TARGET_DEVICE("DDI004", "Remote target to a device that does not exist", ERROR),
	INVALID_NUMBER("DDI005", "Number out of range", ERROR),
	DUPLICATE_NAME("DDI010", "Duplicate name", ERROR),
	EMPTY_FILE("DDI011", "File declares nothing", WARNING),
	RESERVED_C_NAME("DDI012", "Name is a C keyword or a WDK type name", ERROR),

	// ---- interfaces and types
	MALFORMED_GUID("DDI100", "Malformed GUID", ERROR),
	DUPLICATE_GUID("DDI101", "One GUID on two interfaces", ERROR),
	INCOMPATIBLE_NEW_VERSION("DDI102", "New version changes members without a new GUID or a larger size", ERROR),
	MISSING_GUID("DDI103", "Interface without a GUID", ERROR),
	INVALID_VERSION("DDI104", "Missing or invalid interface version", ERROR),
	VERSION_NOT_INCREASED("DDI105", "Extending version does not increase the version number", ERROR),
	CYCLIC_EXTENDS("DDI106", "Interface extends itself", ERROR),
	TWO_WAY_MEMBERS("DDI107", "Consumer-supplied members and two-way interfaces do not match", ERROR),
	INVALID_LAYOUT("DDI108", "Type cannot be laid out", ERROR),
	SAL_MISMATCH("DDI109", "SAL annotation does not fit the parameter", ERROR),
	CONTEXT_PARAMETER("DDI110", "Routine does not take the interface Context first", WARNING),
	DEPRECATED_INTERFACE("DDI111", "Deprecated interface version consumed", WARNING),
	INVALID_OPAQUE_TYPE("DDI112", "Opaque type with an impossible size or alignment", ERROR),
	CONSUMER_MEMBER_IN_STRUCT("DDI113", "'consumer' on a struct field", ERROR),
	TOO_LARGE_FOR_INTERFACE_SIZE("DDI114", "Interface or struct larger than INTERFACE.Size can express", ERROR),

	// ---- producers
	IMPORT_WITHOUT_CALLBACK("DDI200", "ImportInterface without EvtDeviceProcessQueryInterfaceRequest", ERROR),
	PARENT_STACK_ON_NON_PDO("DDI201", "SendQueryToParentStack on a device object that is not a PDO", ERROR),
	NULL_INTERFACE_NOT_ALLOWED("DDI202", "Interface NULL without SendQueryToParentStack or ImportInterface", ERROR),
	PRODUCER_ROLE_MISMATCH("DDI203", "Producer registered on a device object its driver does not have", ERROR),
	TWO_WAY_WITHOUT_IMPORT("DDI204", "Two-way interface produced without ImportInterface", ERROR),
	CALLBACK_POLICY_INCONSISTENT("DDI205", "Callback policy contradicts the registration", ERROR),
	VETO_WITHOUT_COUNTING("DDI206", "Query-remove veto without counted references", ERROR),
	SHADOWED_REGISTRATION("DDI207", "Second registration of a GUID on one device object is never used", WARNING),
	KMDF_CONFIG_ON_WDM("DDI208", "WDF_QUERY_INTERFACE_CONFIG facts on a WDM driver", ERROR),

	// ---- consumers and remote targets
	UNSATISFIABLE_REQUEST("DDI300", "No producer in reach can satisfy the request", ERROR),
	NO_PRODUCER_IN_REACH("DDI301", "No producer of the interface in reach", WARNING),
	CROSS_STACK_NOOP_REFERENCES("DDI302", "Cross-stack consumer of a producer with no-op reference routines", ERROR),
	CROSS_STACK_NOT_RELEASED("DDI303", "Cross-stack consumer does not release on query-remove and remove-complete", ERROR),
	NEVER_RELEASED("DDI304", "Interface never released", WARNING),
	QUERY_FROM_PDO("DDI305", "WdfFdoQueryForInterface from a PDO", ERROR),
	UNBOUND_TARGET("DDI306", "Remote target never bound to a device", WARNING),
	MEMBER_BEYOND_REQUESTED_SIZE("DDI307", "Member used beyond the requested Size", ERROR),
	TARGET_WITHOUT_NOTIFICATIONS("DDI308", "Cross-stack consumer on a target without removal notifications", ERROR),
	REOPEN_NOT_POSSIBLE("DDI309", "Remote target cannot be reopened", ERROR),
	CONSUMER_SUPPLIED_MEMBER_CALLED("DDI310", "Consumer calls a member it supplies itself", WARNING),

	// ---- device trees and stacks
	STACK_WITHOUT_PDO("DDI400", "Stack without a PDO", ERROR),
	TWO_FUNCTION_DRIVERS("DDI401", "Stack with two function drivers", ERROR),
	LAYER_OUT_OF_ORDER("DDI402", "Device object out of order in its stack", ERROR),
	CYCLIC_DEVICE_TREE("DDI403", "Cyclic device tree", ERROR),
	PDO_OWNER_MISMATCH("DDI404", "PDO not owned by the parent's bus driver", ERROR),
	DRIVER_KIND_MISMATCH("DDI405", "Driver kind does not fit its place in the stack", ERROR),
	TWO_PRODUCERS_IN_STACK("DDI406", "Two producers of one GUID in one stack", ERROR),
	TARGET_TO_OWN_STACK("DDI407", "Remote target to the device's own stack", ERROR),
	STACK_WITHOUT_FUNCTION("DDI408", "Stack without a function driver", WARNING),
	TARGET_BOUND_TWICE("DDI409", "Remote target bound twice", ERROR),

	// ---- scenarios
	RELEASE_WITHOUT_ACQUIRE("DDI500", "Release without acquire", ERROR),
	USE_AFTER_RELEASE("DDI501", "Routine used after release", ERROR),
	NO_CONSUMER_FOR_STEP("DDI502", "No consumer of the interface in the device's stack", ERROR),
	STEP_ON_REMOVED_DEVICE("DDI503", "Event on a device that is already removed", WARNING),
	CANCEL_WITHOUT_QUERY_REMOVE("DDI504", "cancel-remove without a pending query-remove", ERROR),
	UNLOAD_WHILE_IN_USE("DDI505", "Driver unloaded while it still has devices", WARNING),
	AMBIGUOUS_CONSUMER("DDI506", "Several drivers of the stack consume the interface", ERROR);

	private final Entry entry;

	/**
	 * @param defaultSeverity the severity the validator reports the rule with (docs/rules.md's
	 *                        "Severity"); DDI107 and DDI205 have a documented milder case, which the
	 *                        validator reports as a warning
	 */
	DdiRule(String code, String title, Severity defaultSeverity) {
		this.entry = new Entry(code, title, defaultSeverity);
	}

	@Override
	public Entry entry() {
		return entry;
	}

	/** The rule with that code. */
	public static Optional<DdiRule> byCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
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
	 * An issue's severity on the rules' scale, which every front end maps onto its own; none for an
	 * issue Xtext marks IGNORE (one not to show).
	 */
	public static Optional<Severity> severityOf(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> Optional.of(Severity.ERROR);
		case WARNING -> Optional.of(Severity.WARNING);
		case INFO -> Optional.of(Severity.INFO);
		case IGNORE -> Optional.empty();
		};
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
			return SYNTAX_ERROR.code();
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return UNRESOLVED_REFERENCE.code();
		}
		if (issue.isSyntaxError()) {
			return SYNTAX_ERROR.code();
		}
		return code == null ? SYNTAX_ERROR.code() : code;
	}
}
