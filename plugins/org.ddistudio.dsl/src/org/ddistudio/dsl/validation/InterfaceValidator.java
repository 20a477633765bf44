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

import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.resource.SourceNodes;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Field;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.OpaqueType;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Routine;
import org.ddistudio.model.SalAnnotation;
import org.ddistudio.model.SalKind;
import org.ddistudio.model.StructType;
import org.ddistudio.model.BaseType;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.BaseTypes;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.layout.TypeLayouts;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/** DDI1xx: interface identity (GUID, version chain), members, SAL annotations and layouts. */
public class InterfaceValidator extends DdiRuleValidator {

	@Check
	public void guid(Interface iface) {
		if (iface.getGuid() != null) {
			String problem = Guids.problem(iface.getGuid());
			if (problem != null) {
				report(DdiRule.MALFORMED_GUID, "malformed GUID " + iface.getGuid() + ": " + problem, iface,
						DdiPackage.Literals.INTERFACE__GUID);
			}
		} else if (Interfaces.effectiveGuid(iface) == null && !Interfaces.hasCyclicBase(iface)) {
			report(DdiRule.MISSING_GUID, "interface '" + iface.getName()
					+ "' has no GUID: consumers identify an interface by its GUID (InterfaceType)", iface,
					DdiPackage.Literals.DECLARATION__NAME);
		}
	}

	@Check
	public void version(Interface iface) {
		// a version other than 0 is written; only a 0 needs a look at the source (absent, "0", or too large to convert)
		if (iface.getVersion() == 0 && !SourceNodes.isWritten(iface, DdiPackage.Literals.INTERFACE__VERSION)) {
			report(DdiRule.INVALID_VERSION, "interface '" + iface.getName()
					+ "' has no version: the producer writes one into INTERFACE.Version and consumers request one", iface,
					DdiPackage.Literals.DECLARATION__NAME);
		} else if (iface.getVersion() > 0xFFFF) {
			report(DdiRule.INVALID_VERSION, "version 0x" + Integer.toHexString(iface.getVersion())
					+ " does not fit INTERFACE.Version, a USHORT (at most 0xFFFF)", iface, DdiPackage.Literals.INTERFACE__VERSION);
		}
	}

	@Check
	public void versionChain(Interface iface) {
		Interface base = iface.getBase();
		if (base == null || base.eIsProxy()) {
			return;
		}
		if (Interfaces.hasCyclicBase(iface)) {
			report(DdiRule.CYCLIC_EXTENDS, "interface '" + iface.getName() + "' extends itself through its base versions",
					iface, DdiPackage.Literals.INTERFACE__BASE);
			return;
		}
		if (iface.getVersion() <= base.getVersion()) {
			report(DdiRule.VERSION_NOT_INCREASED, "version " + iface.getVersion() + " of '" + iface.getName()
					+ "' must be greater than version " + base.getVersion() + " of '" + base.getName() + "', which it extends",
					iface, DdiPackage.Literals.INTERFACE__BASE);
		}
	}

	/**
	 * Two interfaces with one GUID are versions of one interface: a consumer asks for a GUID and the
	 * highest version it knows, and receives any registered version not above it (R3). They must
	 * therefore differ in version, and the newer must keep the older's members in place and be larger,
	 * or an old consumer would read a changed layout and a new one could not tell them apart by Size.
	 */
	@Check(CheckType.NORMAL)
	public void guidShared(Interface iface) {
		String guid = Guids.normalize(Interfaces.effectiveGuid(iface));
		if (guid == null || !Guids.isWellFormed(guid) || Interfaces.hasCyclicBase(iface)) {
			return; // malformed GUIDs and cyclic chains are reported by their own rules
		}
		List<Interface> versions = ModelScope.interfacesWithGuid(iface, guid, getContext());
		Interface sameVersion = null; // the first other interface with this version, and how many more there are
		int moreSameVersion = 0;
		Interface incompatibleOlder = null; // the first older version this one is incompatible with, and how many more
		String why = null;
		int moreIncompatible = 0;
		Map<Interface, String> incompatibilities = null; // computed on the first older version, if any
		for (Interface other : versions) {
			if (other == iface) {
				continue;
			}
			if (other.getVersion() == iface.getVersion()) {
				if (sameVersion == null) {
					sameVersion = other;
				} else {
					moreSameVersion++;
				}
			} else if (other.getVersion() < iface.getVersion()) {
				if (incompatibilities == null) {
					incompatibilities = dispatchedByExactVersion(iface, guid, getContext()) ? Map.of()
							: VersionLine.of(versions, getContext()).incompatibilities(iface);
				}
				String incompatibility = incompatibilities.get(other);
				if (incompatibility != null && incompatibleOlder == null) {
					incompatibleOlder = other;
					why = incompatibility;
				} else if (incompatibility != null) {
					moreIncompatible++;
				}
			}
		}
		// one finding per interface and rule, naming the first other one: 2,000 versions of one GUID
		// gave millions of findings, one per pair, which nobody reads and which took minutes to report
		if (sameVersion != null) {
			report(DdiRule.DUPLICATE_GUID, "GUID " + guid + " is also used by '" + sameVersion.getName() + "'"
					+ andMore(moreSameVersion, "interface") + " with the same version " + iface.getVersion()
					+ ": a consumer cannot tell them apart; give one of them a new GUID", iface,
					iface.getGuid() != null ? DdiPackage.Literals.INTERFACE__GUID : DdiPackage.Literals.DECLARATION__NAME);
		}
		if (incompatibleOlder != null) {
			report(DdiRule.INCOMPATIBLE_NEW_VERSION, "version " + iface.getVersion() + " of GUID " + guid + " " + why + " version "
					+ incompatibleOlder.getVersion() + " ('" + incompatibleOlder.getName() + "')"
					+ andMore(moreIncompatible, "older version") + ": keep the old members first and append, or use a new GUID",
					iface, DdiPackage.Literals.INTERFACE__VERSION);
		}
	}

	/** " (and N more things)", or nothing for none. */
	private static String andMore(int count, String thing) {
		return count == 0 ? "" : String.format(java.util.Locale.ROOT, " (and %,d more %s%s)", count, thing, count == 1 ? "" : "s");
	}

	/**
	 * Whether every producer of the GUID registers without a template and answers from an
	 * exact-version callback (Interface NULL + EvtDeviceProcessQueryInterfaceRequest accepting only
	 * listed versions, as SdcaVXu does): then each consumer gets exactly the layout of the version it
	 * asked for, and versions of one GUID may lay out their members differently.
	 */
	private static boolean dispatchedByExactVersion(Interface iface, String guid, java.util.Map<Object, Object> validationContext) {
		boolean any = false;
		for (org.ddistudio.model.Producer producer : ModelScope.producersOfGuid(iface, guid, validationContext)) {
			any = true;
			boolean exact = producer.isNullTemplate() && producer.getCallback() != null
					&& producer.getCallback().getPolicy() == org.ddistudio.model.QueryCallbackPolicy.EXACT_VERSIONS;
			if (!exact) {
				return false;
			}
		}
		return any;
	}

	/** With ImportInterface nothing is copied: the consumer's members travel to the producer (§1.2 step 3). */
	@Check
	public void twoWayMembers(Interface iface) {
		boolean anyConsumerMember = Interfaces.allMembers(iface).stream().anyMatch(Member::isConsumerSupplied);
		if (iface.isTwoWay() && !anyConsumerMember) {
			reportAsWarning(DdiRule.TWO_WAY_MEMBERS, "two-way interface '" + iface.getName()
					+ "' has no consumer-supplied member; mark the members the consumer fills with 'consumer'", iface,
					DdiPackage.Literals.DECLARATION__NAME);
		}
		if (!iface.isTwoWay()) {
			for (Member member : iface.getMembers()) {
				if (member.isConsumerSupplied()) {
					report(DdiRule.TWO_WAY_MEMBERS, "'consumer' member '" + member.getName() + "' in a one-way interface: the producer's copy of its template overwrites the whole buffer; declare the interface two-way",
							member, DdiPackage.Literals.MEMBER__CONSUMER_SUPPLIED);
				}
			}
		}
	}

	@Check
	public void layout(Interface iface) {
		if (Interfaces.hasCyclicBase(iface)) {
			return;
		}
		for (Member member : iface.getMembers()) {
			if (member instanceof Field field) {
				reportLayoutProblem(field, () -> TypeLayouts.ofField(field, Abi.X64, KnownLayouts.in(getContext(), Abi.X64)));
			}
		}
	}

	@Check
	public void layout(StructType struct) {
		for (Field field : struct.getFields()) {
			if (field.isConsumerSupplied()) {
				report(DdiRule.CONSUMER_MEMBER_IN_STRUCT, "'consumer' applies to members of two-way interfaces, not to struct fields",
						field, DdiPackage.Literals.MEMBER__CONSUMER_SUPPLIED);
			}
			reportLayoutProblem(field, () -> TypeLayouts.ofField(field, Abi.X64, KnownLayouts.in(getContext(), Abi.X64)));
		}
	}

	private interface LayoutComputation {
		void run() throws LayoutException;
	}

	private void reportLayoutProblem(Field field, LayoutComputation computation) {
		try {
			computation.run();
		} catch (LayoutException e) {
			if (!"unknown type".equals(e.getMessage())) { // an unresolved type is reported as DDI003 already
				report(DdiRule.INVALID_LAYOUT, "cannot lay out '" + field.getName() + "': " + e.getMessage(), field,
						DdiPackage.Literals.FIELD__TYPE);
			}
		}
	}

	@Check
	public void opaque(OpaqueType type) {
		checkOpaque(type, type.getSize(), type.getAlignment(), DdiPackage.Literals.OPAQUE_TYPE__ALIGNMENT, "");
		if (type.isSetAlignmentX86()) {
			checkOpaque(type, type.isSetSizeX86() ? type.getSizeX86() : type.getSize(), type.getAlignmentX86(),
					DdiPackage.Literals.OPAQUE_TYPE__ALIGNMENT_X86, " on x86");
		}
	}

	/** The largest alignment DDI112 accepts: a page. */
	private static final int MAX_ALIGNMENT = 4096;

	private void checkOpaque(OpaqueType type, int size, int alignment, org.eclipse.emf.ecore.EStructuralFeature feature, String abi) {
		if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
			report(DdiRule.INVALID_OPAQUE_TYPE, "alignment " + alignment + abi + " is not a power of two", type, feature);
		} else if (alignment > MAX_ALIGNMENT) {
			report(DdiRule.INVALID_OPAQUE_TYPE, "alignment " + alignment + abi + " is above " + MAX_ALIGNMENT
					+ ", the largest alignment an opaque type may have (a page)", type, feature);
		} else if (size <= 0 || size % alignment != 0) {
			report(DdiRule.INVALID_OPAQUE_TYPE, "size " + size + abi + " must be a positive multiple of the alignment " + alignment
					+ " (C pads a struct to its alignment)", type, DdiPackage.Literals.OPAQUE_TYPE__SIZE);
		}
	}

	/** SAL: writing annotations need a pointer; sized annotations name their size. */
	@Check
	public void sal(Parameter parameter) {
		SalAnnotation sal = parameter.getAnnotation();
		if (sal == null) {
			return;
		}
		String spelling = sal.getKind().getLiteral();
		boolean sized = isSizedKind(sal.getKind());
		if (needsPointer(sal.getKind()) && !BaseTypes.isPointer(parameter.getType())) {
			report(DdiRule.SAL_MISMATCH, spelling + " needs a pointer parameter, but '" + parameter.getName() + "' is "
					+ BaseTypes.toC(parameter.getType()) + ", passed by value", sal, DdiPackage.Literals.SAL_ANNOTATION__KIND);
		}
		if (sized && sal.getSizeArgument() == null) {
			report(DdiRule.SAL_MISMATCH, spelling + " takes the size as an argument, e.g. " + spelling + "(Length)", sal,
					DdiPackage.Literals.SAL_ANNOTATION__KIND);
		} else if (!sized && sal.getSizeArgument() != null) {
			report(DdiRule.SAL_MISMATCH, spelling + " takes no size argument", sal, DdiPackage.Literals.SAL_ANNOTATION__SIZE_ARGUMENT);
		} else if (sized && !Character.isDigit(sal.getSizeArgument().charAt(0)) && parameter.eContainer() instanceof Routine routine
				&& routine.getParameters().stream().noneMatch(p -> sal.getSizeArgument().equals(p.getName()))) {
			report(DdiRule.SAL_MISMATCH, "size argument '" + sal.getSizeArgument() + "' names no parameter of " + routine.getName(),
					sal, DdiPackage.Literals.SAL_ANNOTATION__SIZE_ARGUMENT);
		}
	}

	private static boolean isSizedKind(SalKind kind) {
		return switch (kind) {
		case IN_READS, IN_READS_OPT, IN_READS_BYTES, IN_READS_BYTES_OPT, OUT_WRITES, OUT_WRITES_OPT, OUT_WRITES_BYTES,
				OUT_WRITES_BYTES_OPT, INOUT_UPDATES, INOUT_UPDATES_BYTES -> true;
		default -> false;
		};
	}

	private static boolean needsPointer(SalKind kind) {
		return kind != SalKind.IN && kind != SalKind.IN_OPT && kind != SalKind.RESERVED;
	}

	/**
	 * Interface routines receive the interface's Context first, so that the producer finds its instance.
	 * What the WDK itself does is accepted (issue 18): an interface marked {@code declared-in} is the WDK's,
	 * whose routines may take no Context at all (PCI_DEVICE_PRESENT_INTERFACE's IsDevicePresent); and a
	 * PDEVICE_OBJECT first finds the instance as well as a Context does (ACPI_INTERFACE_STANDARD's
	 * GpeConnectVector). wdf-semantics.md §2.1: "Context = child WDFDEVICE, routines take PVOID first".
	 */
	@Check
	public void contextFirst(Routine routine) {
		if (!(routine.eContainer() instanceof Interface iface) || iface.getDeclaredIn() != null) {
			return;
		}
		List<Parameter> parameters = routine.getParameters();
		boolean ok = !parameters.isEmpty() && parameters.get(0).getType() != null
				&& parameters.get(0).getType().getDeclared() == null && parameters.get(0).getType().getPointerLevel() == 0
				&& (parameters.get(0).getType().getBaseType() == BaseType.PVOID
						|| parameters.get(0).getType().getBaseType() == BaseType.PDEVICE_OBJECT);
		if (!ok) {
			report(DdiRule.CONTEXT_PARAMETER, "routine '" + routine.getName()
					+ "' should take the interface's Context (PVOID) as its first parameter: it is how the producer finds the instance the consumer talks to",
					routine, DdiPackage.Literals.MEMBER__NAME);
		}
	}

}
