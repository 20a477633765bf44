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

import java.util.HashSet;
import java.util.Set;

import org.ddistudio.model.AcceptedVersion;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.DriverFramework;
import org.ddistudio.model.DriverKind;
import org.ddistudio.model.Interface;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.Producer;
import org.ddistudio.model.QueryCallback;
import org.ddistudio.model.QueryCallbackPolicy;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.routing.Producers;
import org.eclipse.xtext.validation.Check;

/**
 * DDI2xx: a producer's WDF_QUERY_INTERFACE_CONFIG as WdfDeviceAddQueryInterface validates it
 * (wdf-semantics.md §1.1) and the facts that make a registration useless or harmful.
 */
public class ProducerValidator extends DdiRuleValidator {

	private static final String REJECTED = ": WdfDeviceAddQueryInterface fails with STATUS_INVALID_PARAMETER and the interface is never registered (§1.1)";

	@Check
	public void config(Producer producer) {
		Driver driver = (Driver) producer.eContainer();
		if (driver.getFramework() == DriverFramework.WDM) {
			if (producer.isSendQueryToParentStack() || producer.isImportInterface() || producer.isNullTemplate() || producer.getCallback() != null) {
				report(DdiRule.KMDF_CONFIG_ON_WDM, "SendQueryToParentStack, ImportInterface, Interface NULL and EvtDeviceProcessQueryInterfaceRequest are WDF_QUERY_INTERFACE_CONFIG facts of KMDF; a WDM driver answers IRP_MN_QUERY_INTERFACE in its own dispatch routine",
						producer, DdiPackage.Literals.PRODUCER__INTERFACE);
			}
			return;
		}
		if (producer.isSendQueryToParentStack() && producer.getOn() != DeviceObjectRole.CHILD_PDO) {
			report(DdiRule.PARENT_STACK_ON_NON_PDO, "SendQueryToParentStack on a registration 'on " + producer.getOn().getLiteral()
					+ "': only a PDO sends the query on to its parent's stack" + REJECTED, producer,
					DdiPackage.Literals.PRODUCER__SEND_QUERY_TO_PARENT_STACK);
		}
		if (producer.isNullTemplate() && !producer.isSendQueryToParentStack() && !producer.isImportInterface()) {
			report(DdiRule.NULL_INTERFACE_NOT_ALLOWED, "Interface NULL is allowed only with SendQueryToParentStack or ImportInterface"
					+ REJECTED, producer, DdiPackage.Literals.PRODUCER__NULL_TEMPLATE);
		}
		if (producer.isImportInterface() && producer.getCallback() == null) {
			report(DdiRule.IMPORT_WITHOUT_CALLBACK, "ImportInterface needs an EvtDeviceProcessQueryInterfaceRequest callback to read what the consumer supplies"
					+ REJECTED, producer, DdiPackage.Literals.PRODUCER__IMPORT_INTERFACE);
		}
	}

	@Check
	public void role(Producer producer) {
		Driver driver = (Driver) producer.eContainer();
		DriverKind kind = driver.getKind();
		String problem = switch (producer.getOn()) {
		case CHILD_PDO -> kind == DriverKind.BUS ? null : "only a bus driver enumerates child PDOs";
		case FDO -> kind == DriverKind.BUS || kind == DriverKind.FUNCTION ? null : "a filter driver has a filter device object, not an FDO";
		case FILTER_DEVICE -> kind == DriverKind.UPPER_FILTER || kind == DriverKind.LOWER_FILTER ? null
				: "only a filter driver has a filter device object";
		};
		if (problem != null) {
			report(DdiRule.PRODUCER_ROLE_MISMATCH, "'" + driver.getName() + "' is a " + kind.getLiteral() + " driver: " + problem,
					producer, DdiPackage.Literals.PRODUCER__ON);
		}
	}

	/** Without ImportInterface the framework copies the template over the consumer's members (§1.2 step 3). */
	@Check
	public void twoWay(Producer producer) {
		Interface iface = producer.getInterface();
		if (iface != null && !iface.eIsProxy() && iface.isTwoWay() && !producer.isImportInterface()
				&& ((Driver) producer.eContainer()).getFramework() == DriverFramework.KMDF) {
			report(DdiRule.TWO_WAY_WITHOUT_IMPORT, "'" + iface.getName()
					+ "' is two-way but the producer does not set ImportInterface: the framework copies its template over the members the consumer supplied",
					producer, DdiPackage.Literals.PRODUCER__INTERFACE);
		}
	}

	@Check
	public void callbackPolicy(QueryCallback callback) {
		Producer producer = (Producer) callback.eContainer();
		if (callback.getPolicy() == QueryCallbackPolicy.FAIL
				&& (callback.getFailStatus() == NtStatus.STATUS_SUCCESS || callback.getFailStatus() == NtStatus.STATUS_NOT_SUPPORTED)) {
			report(DdiRule.CALLBACK_POLICY_INCONSISTENT, "'fail " + callback.getFailStatus().getName() + "' is not a failure: use '"
					+ (callback.getFailStatus() == NtStatus.STATUS_SUCCESS ? "accept" : "not-supported")
					+ "' (STATUS_NOT_SUPPORTED lets the request travel on, §1.2 step 5)", callback,
					DdiPackage.Literals.QUERY_CALLBACK__FAIL_STATUS);
		}
		if (callback.getPolicy() != QueryCallbackPolicy.EXACT_VERSIONS) {
			return;
		}
		Set<Integer> versions = new HashSet<>();
		Interface iface = producer.getInterface();
		for (AcceptedVersion accepted : callback.getAccepted()) {
			if (!versions.add(accepted.getVersion())) {
				report(DdiRule.CALLBACK_POLICY_INCONSISTENT, "version " + accepted.getVersion() + " is listed twice", accepted,
						DdiPackage.Literals.ACCEPTED_VERSION__VERSION);
			} else if (!producer.isNullTemplate() && iface != null && !iface.eIsProxy() && accepted.getVersion() < iface.getVersion()) {
				reportAsWarning(DdiRule.CALLBACK_POLICY_INCONSISTENT, "version " + accepted.getVersion()
						+ " is never accepted: the template has version " + iface.getVersion()
						+ " and the framework rejects requests for lower versions before calling the callback (R3)", accepted,
						DdiPackage.Literals.ACCEPTED_VERSION__VERSION);
			}
		}
	}

	@Check
	public void veto(Producer producer) {
		if (producer.isVetoQueryRemove() && Producers.counting(producer) != ReferenceCounting.COUNTED) {
			report(DdiRule.VETO_WITHOUT_COUNTING, "veto-query-remove needs counted references: with no-op reference routines the producer cannot know whether anyone holds the interface",
					producer, DdiPackage.Literals.PRODUCER__VETO_QUERY_REMOVE);
		}
	}

	/** KMDF walks its list from the head: the first registration of a GUID shadows later ones (§1.1). */
	@Check
	public void shadowed(Driver driver) {
		for (int i = 0; i < driver.getProducers().size(); i++) {
			Producer later = driver.getProducers().get(i);
			String guid = Producers.guidOf(later);
			for (int j = 0; j < i && guid != null; j++) {
				Producer earlier = driver.getProducers().get(j);
				if (earlier.getOn() == later.getOn() && guid.equals(Producers.guidOf(earlier))) {
					report(DdiRule.SHADOWED_REGISTRATION, "a registration of GUID " + guid + " on the " + later.getOn().getLiteral()
							+ " precedes this one ('" + earlier.getInterface().getName()
							+ "'): the framework answers with the first and never reaches this one; use a new GUID or one callback that handles both versions",
							later, DdiPackage.Literals.PRODUCER__INTERFACE);
					break;
				}
			}
		}
	}
}
