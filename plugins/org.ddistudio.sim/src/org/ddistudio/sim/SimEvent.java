/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.PnpEventKind;
import org.ddistudio.model.Routine;
import org.eclipse.emf.ecore.EObject;

/**
 * One event of a scenario plan. Events come from the steps of a Scenario, or are generated for the
 * implied lifecycle of a model without scenarios; {@code source} is the element findings point at.
 */
public sealed interface SimEvent {

	/** The element this event was made from (a step, or the system for generated events). */
	EObject source();

	/** Start one device (and its ancestors), or every device when {@code device} is null. */
	record Start(Device device, EObject source) implements SimEvent {
	}

	/** Every started consumer with an on-demand acquisition queries its interface and calls what it uses. */
	record AcquireOnDemand(EObject source) implements SimEvent {
	}

	/** Every consumer that holds an interface calls the routines it uses (what drivers keep doing). */
	record CallAll(EObject source) implements SimEvent {
	}

	/**
	 * One consumer in {@code device}'s stack acquires its interface on demand and, if it releases after use,
	 * calls what it uses and releases it in the same callback (the teardown checker's on-demand event).
	 */
	record Acquire(Device device, Consumer consumer, EObject source) implements SimEvent {
	}

	/** One consumer in {@code device}'s stack calls every routine it uses, as its driver's I/O paths do (the checker's call event). */
	record Use(Device device, Consumer consumer, EObject source) implements SimEvent {
	}

	/** A consumer in {@code device}'s stack queries {@code iface}; null fields are the consumer's defaults. */
	record Query(Device device, Driver driver, Interface iface, Integer size, Integer version, NtStatus expectedStatus,
			Driver expectedProducer, Integer expectedVersion, EObject source) implements SimEvent {
	}

	/** A consumer calls a routine of an interface it should hold. */
	record Call(Device device, Driver driver, Interface iface, Routine routine, EObject source) implements SimEvent {
	}

	/** A consumer calls InterfaceDereference. */
	record Release(Device device, Driver driver, Interface iface, EObject source) implements SimEvent {
	}

	/** A PnP removal event; {@code expectVetoed} null when the scenario expects nothing about it. */
	record Pnp(PnpEventKind kind, Device device, Driver vetoedBy, Boolean expectVetoed, EObject source) implements SimEvent {
	}

	/** Unload a driver image. */
	record Unload(Driver driver, EObject source) implements SimEvent {
	}

	/** Assert the outstanding references of a producer's interface on a device. */
	record ReferenceCheck(Interface iface, Device device, int count, EObject source) implements SimEvent {
	}
}
