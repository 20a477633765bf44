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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.TargetOpenMode;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.routing.Producers;
import org.ddistudio.model.routing.QueryEntries;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/**
 * DDI3xx: what a consumer's query meets in the described stacks (R1-R4, R6 through
 * {@link QueryRouter}), and the lifetime duties of cross-stack consumers (R7, §4.3).
 */
public class ConsumerValidator extends DdiRuleValidator {

	@Check
	public void lifetime(Consumer consumer) {
		Interface iface = consumer.getInterface();
		if (iface != null && !iface.eIsProxy() && iface.isDeprecated()) {
			report(DdiRule.DEPRECATED_INTERFACE, "'" + iface.getName() + "' is deprecated; new consumers should request a newer version",
					consumer, DdiPackage.Literals.CONSUMER__INTERFACE);
		}
		if (consumer.getRelease() == ReleasePoint.NEVER) {
			report(DdiRule.NEVER_RELEASED, "the interface is never released: the reference taken for this consumer (R5) is never dropped"
					+ (consumer.getTarget() != null ? " and the producer's device cannot be removed cleanly" : ""),
					consumer, DdiPackage.Literals.CONSUMER__RELEASE);
		}
		for (int i = 0; i < consumer.getUses().size(); i++) {
			Member member = consumer.getUses().get(i);
			if (!member.eIsProxy() && member.isConsumerSupplied()) {
				report(DdiRule.CONSUMER_SUPPLIED_MEMBER_CALLED, "'" + member.getName()
						+ "' is supplied by the consumer itself; the producer calls it, not the consumer", consumer,
						DdiPackage.Literals.CONSUMER__USES, i);
			}
		}
	}

	/** R7 and §4.3: an interface from another stack must be dropped before that stack goes away. */
	@Check
	public void crossStackDuties(Consumer consumer) {
		RemoteTargetDecl target = consumer.getTarget();
		if (target == null || target.eIsProxy()) {
			return;
		}
		if (target.getOpenMode() == TargetOpenMode.EXISTING_DEVICE && !target.isWithFileObject()) {
			report(DdiRule.TARGET_WITHOUT_NOTIFICATIONS, "target '" + target.getName()
					+ "' is opened on an existing device without a file object, so KMDF registers no removal notification (§4.3): the consumer cannot learn that the producer's device goes away",
					consumer, DdiPackage.Literals.CONSUMER__TARGET);
			return;
		}
		List<String> missing = new ArrayList<>();
		if (!does(target, TargetEvent.QUERY_REMOVE, TargetAction.RELEASE)) {
			missing.add("EvtIoTargetQueryRemove");
		}
		if (!does(target, TargetEvent.REMOVE_COMPLETE, TargetAction.RELEASE)) {
			missing.add("EvtIoTargetRemoveComplete");
		}
		if (!missing.isEmpty()) {
			report(DdiRule.CROSS_STACK_NOT_RELEASED, "cross-stack consumer of '" + consumer.getInterface().getName()
					+ "' does not release it in " + String.join(" and ", missing) + " of target '" + target.getName()
					+ "': the framework knows nothing of interfaces (§4.3), so a counted producer vetoes removal forever and a no-op one leaves dangling pointers (R7)",
					consumer, DdiPackage.Literals.CONSUMER__TARGET);
		}
	}

	@Check
	public void reopen(RemoteTargetDecl target) {
		if (target.getOpenMode() != TargetOpenMode.EXISTING_DEVICE) {
			return;
		}
		for (TargetCallback callback : target.getCallbacks()) {
			if (callback.getEvent() == TargetEvent.REMOVE_CANCELED && callback.getActions().contains(TargetAction.REOPEN)) {
				report(DdiRule.REOPEN_NOT_POSSIBLE, "WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN works only for targets opened by name; reopening an existing-device target fails with STATUS_INVALID_DEVICE_REQUEST (§4.3)",
						callback, DdiPackage.Literals.TARGET_CALLBACK__ACTIONS);
			}
		}
	}

	private static boolean does(RemoteTargetDecl target, TargetEvent event, TargetAction action) {
		return target.getCallbacks().stream().anyMatch(c -> c.getEvent() == event && c.getActions().contains(action));
	}

	/** Routes the consumer's request through every stack it is sent to, on both ABIs. */
	@Check(CheckType.NORMAL)
	public void reach(Consumer consumer) {
		Interface iface = consumer.getInterface();
		if (iface == null || iface.eIsProxy() || !Guids.isWellFormed(Interfaces.effectiveGuid(iface))) {
			return;
		}
		Driver driver = (Driver) consumer.eContainer();
		List<Device> devices = ModelScope.devicesWith(driver, getContext());
		if (devices.isEmpty()) {
			return; // not placed in any system: nothing to route
		}
		if (consumer.getTarget() == null && consumer.isSetOn() && consumer.getOn() == DeviceObjectRole.CHILD_PDO) {
			report(DdiRule.QUERY_FROM_PDO, "WdfFdoQueryForInterface with a child PDO's WDFDEVICE returns STATUS_INVALID_PARAMETER (§1.3): query from the FDO, or open a remote I/O target",
					consumer, DdiPackage.Literals.CONSUMER__ON);
			return;
		}
		List<Device> entries = QueryEntries.of(consumer, devices);
		if (entries.isEmpty()) {
			if (consumer.getTarget() == null) {
				report(DdiRule.QUERY_FROM_PDO, "'" + driver.getName()
						+ "' has only PDOs in the described stacks: WdfFdoQueryForInterface from a PDO returns STATUS_INVALID_PARAMETER (§1.3)",
						consumer, DdiPackage.Literals.CONSUMER__INTERFACE);
			} else if (!consumer.getTarget().eIsProxy()) {
				report(DdiRule.UNBOUND_TARGET, "target '" + consumer.getTarget().getName()
						+ "' is not bound to a device in any system ('target " + consumer.getTarget().getName()
						+ " -> Device' in a device that " + driver.getName() + " sits in), so this query is never sent",
						consumer, DdiPackage.Literals.CONSUMER__TARGET);
			}
			return;
		}
		Set<DdiRule> reported = EnumSet.noneOf(DdiRule.class);
		// the request is the same for every entry: its GUID is computed once, the layouts once per run
		DeclaredRouting routing = DeclaredRouting.of(getContext());
		String guid = Guids.normalize(Interfaces.effectiveGuid(iface));
		for (Device entry : entries) {
			for (Abi abi : Abi.values()) {
				route(consumer, iface, entry, abi, guid, routing, reported);
			}
		}
	}

	private void route(Consumer consumer, Interface iface, Device entry, Abi abi, String guid, DeclaredRouting routing, Set<DdiRule> reported) {
		InterfaceLayout layout = routing.layoutOrNull(iface, abi);
		if (layout == null) {
			return; // DDI108
		}
		long size = consumer.isSetRequestedSize() ? consumer.getRequestedSize() : layout.size();
		int version = consumer.isSetRequestedVersion() ? consumer.getRequestedVersion() : iface.getVersion();
		QueryRequest request = new QueryRequest(guid, size, version);
		QueryOutcome outcome = QueryRouter.query(entry, request, abi, routing);
		if (outcome.producersSeen() && outcome.succeeded() && consumer.getTarget() == null) {
			checkUsedMembers(consumer, layout, outcome, abi, routing, reported); // the common case: nothing to describe
			return;
		}
		String where = " (query from " + describeEntry(consumer, entry) + ", Size " + size + ", Version " + version + " on " + abi.label() + ")";
		if (!outcome.producersSeen()) {
			if (reported.add(DdiRule.NO_PRODUCER_IN_REACH)) {
				report(DdiRule.NO_PRODUCER_IN_REACH, "no producer of '" + iface.getName() + "' is in reach: the query completes with STATUS_NOT_SUPPORTED"
						+ where, consumer, DdiPackage.Literals.CONSUMER__INTERFACE);
			}
			return;
		}
		if (!outcome.succeeded()) {
			if (reported.add(DdiRule.UNSATISFIABLE_REQUEST)) {
				report(DdiRule.UNSATISFIABLE_REQUEST, "no producer in reach satisfies the request: it completes with "
						+ outcome.status().getName() + where + "; path: " + String.join("; ", outcome.trace()), consumer,
						consumer.isSetRequestedSize() ? DdiPackage.Literals.CONSUMER__REQUESTED_SIZE
								: consumer.isSetRequestedVersion() ? DdiPackage.Literals.CONSUMER__REQUESTED_VERSION
										: DdiPackage.Literals.CONSUMER__INTERFACE);
			}
			return;
		}
		if (consumer.getTarget() != null && Producers.counting(outcome.answeredBy()) == ReferenceCounting.NOOP
				&& reported.add(DdiRule.CROSS_STACK_NOOP_REFERENCES)) {
			report(DdiRule.CROSS_STACK_NOOP_REFERENCES, "'" + ((Driver) outcome.answeredBy().eContainer()).getName()
					+ "' answers with no-op reference routines, but this consumer is in another stack: the producer's device can be removed and its driver unloaded while the consumer still holds the routines, and the next call bug-checks 0xCE (R7, §4.3). The producer needs counted references that veto query-remove",
					consumer, DdiPackage.Literals.CONSUMER__TARGET);
		}
		checkUsedMembers(consumer, layout, outcome, abi, routing, reported);
	}

	/** Calling a member beyond the Size the producer returned jumps through garbage (§5: 0x7E family). */
	private void checkUsedMembers(Consumer consumer, InterfaceLayout layout, QueryOutcome outcome, Abi abi, DeclaredRouting routing,
			Set<DdiRule> reported) {
		if (outcome.answeredBy().isNullTemplate()) {
			return; // the callback decides what it fills: nothing to compare statically
		}
		InterfaceLayout answered = routing.layoutOrNull(outcome.answeredBy().getInterface(), abi);
		if (answered == null) {
			return;
		}
		long returned = answered.size();
		if (consumer.isSetRequestedSize()) {
			returned = Math.min(returned, consumer.getRequestedSize());
		}
		for (int i = 0; i < consumer.getUses().size(); i++) {
			Member member = consumer.getUses().get(i);
			InterfaceLayout.Slot slot = member.eIsProxy() ? null : layout.slotOf(member);
			if (slot != null && slot.end() > returned && reported.add(DdiRule.MEMBER_BEYOND_REQUESTED_SIZE)) {
				report(DdiRule.MEMBER_BEYOND_REQUESTED_SIZE, "'" + member.getName() + "' lies at offset " + slot.offset() + " on " + abi.label()
						+ ", beyond the " + returned + " bytes the answer fills ('" + outcome.answeredBy().getInterface().getName()
						+ "', version " + outcome.answeredBy().getInterface().getVersion()
						+ "): calling it jumps through an unset pointer (bug check 0x7E family); check the returned Version first",
						consumer, DdiPackage.Literals.CONSUMER__USES, i);
			}
		}
	}

	private static String describeEntry(Consumer consumer, Device entry) {
		return consumer.getTarget() == null ? "the top of " + entry.getName() + "'s stack"
				: "target " + consumer.getTarget().getName() + " to " + entry.getName();
	}
}
