/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Device;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Producer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.QueryEntries;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Where a consumer's IRP_MN_QUERY_INTERFACE goes and who answers it, as the consumer rules (DDI3xx)
 * route it: from the top of each stack the consumer's driver sits in (WdfFdoQueryForInterface), or
 * to the device its remote I/O target is bound to ({@link QueryEntries}). Sees the systems of every
 * resource loaded beside the consumer's.
 */
final class Reach {

	/** Beyond any real INTERFACE.Size: a request no template is too large for. */
	static final long ANY_SIZE = 0xFFFF;
	/** INTERFACE.Version is a USHORT. */
	static final int ANY_VERSION = 0xFFFF;

	private Reach() {
	}

	/** The registrations answering the request on any entry device and ABI, in a stable order. */
	static Set<Producer> answering(Consumer consumer, Long size, Integer version) {
		Set<Producer> result = new LinkedHashSet<>();
		Interface iface = consumer.getInterface();
		if (iface == null || iface.eIsProxy() || !Guids.isWellFormed(Interfaces.effectiveGuid(iface))) {
			return result;
		}
		String guid = Guids.normalize(Interfaces.effectiveGuid(iface));
		for (Device entry : QueryEntries.of(consumer, devices(consumer))) {
			for (Abi abi : Abi.values()) {
				long requestSize;
				try {
					requestSize = size != null ? size : InterfaceLayout.compute(iface, abi).size();
				} catch (LayoutException e) {
					continue;
				}
				int requestVersion = version != null ? version : iface.getVersion();
				QueryOutcome outcome = QueryRouter.query(entry, new QueryRequest(guid, requestSize, requestVersion), abi);
				if (outcome.succeeded()) {
					result.add(outcome.answeredBy());
				}
			}
		}
		return result;
	}

	/** The Size and Version the consumer actually sends on one ABI (its own layout unless it says otherwise). */
	static Long requestedSize(Consumer consumer) {
		return consumer.isSetRequestedSize() ? (long) consumer.getRequestedSize() : null;
	}

	static Integer requestedVersion(Consumer consumer) {
		return consumer.isSetRequestedVersion() ? consumer.getRequestedVersion() : null;
	}

	private static List<Device> devices(EObject context) {
		List<Device> result = new ArrayList<>();
		Resource own = context.eResource();
		List<Resource> resources = own.getResourceSet() == null ? List.of(own) : List.copyOf(own.getResourceSet().getResources());
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof DdiModel model) {
					for (Declaration declaration : model.getDeclarations()) {
						if (declaration instanceof SystemLayout system) {
							result.addAll(system.getDevices());
						}
					}
				}
			}
		}
		return result;
	}
}
