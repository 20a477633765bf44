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

import static org.ddistudio.dsl.ide.quickfix.SourceEdits.addClauses;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.featureNode;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.replace;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Producer;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Fixes of producers (DDI2xx): a registration's WDF_QUERY_INTERFACE_CONFIG as
 * WdfDeviceAddQueryInterface accepts it. Each fix says which WDK consequence it removes.
 */
final class ProducerFixes {

	private static final String CALLBACK_ACCEPT = "EvtDeviceProcessQueryInterfaceRequest accept";

	private ProducerFixes() {
	}

	/**
	 * DDI200: with ImportInterface the framework copies nothing, so WdfDeviceAddQueryInterface insists
	 * on a callback that reads the consumer's buffer. Either accept every request, or accept only the
	 * version of the interface and a buffer large enough for it (the smaller, x86 sizeof, so that
	 * consumers of both ABIs pass).
	 */
	static void addQueryCallback(FixContext c, Offers acceptor) {
		Producer producer = c.find(Producer.class);
		if (producer == null) {
			return;
		}
		acceptor.offer("Add '" + CALLBACK_ACCEPT + "'", List.of(addClauses(c.text(), producer, List.of(CALLBACK_ACCEPT))));
		Interface iface = producer.getInterface();
		if (iface != null && !iface.eIsProxy()) {
			long smallest = Long.MAX_VALUE;
			for (Abi abi : Abi.values()) {
				try {
					smallest = Math.min(smallest, InterfaceLayout.compute(iface, abi).size());
				} catch (LayoutException e) {
					return; // DDI108: no size to check against
				}
			}
			String exact = "EvtDeviceProcessQueryInterfaceRequest exact version " + iface.getVersion() + " size >= " + smallest;
			acceptor.offer("Add '" + exact + "'", List.of(addClauses(c.text(), producer, List.of(exact))));
		}
	}

	/** DDI201: only a PDO can send the query on to its parent's stack; elsewhere KMDF rejects the registration. */
	static void removeParentStack(FixContext c, Offers acceptor) {
		Producer producer = c.find(Producer.class);
		INode send = producer == null ? null : featureNode(producer, DdiPackage.Literals.PRODUCER__SEND_QUERY_TO_PARENT_STACK);
		if (send == null) {
			return;
		}
		List<Replacement> edits = new ArrayList<>();
		edits.add(SourceEdits.removeWithLeadingSpace(c.text(), send.getOffset(), send.getEndOffset()));
		String label = "Remove SendQueryToParentStack";
		// Interface NULL is allowed only with SendQueryToParentStack or ImportInterface: it must go too
		INode nullTemplate = producer.isNullTemplate() && !producer.isImportInterface()
				? featureNode(producer, DdiPackage.Literals.PRODUCER__NULL_TEMPLATE) : null;
		ILeafNode nullKeyword = nullTemplate == null ? null : SourceEdits.nextToken(nullTemplate);
		if (nullKeyword != null) {
			edits.add(SourceEdits.removeWithLeadingSpace(c.text(), nullTemplate.getOffset(), nullKeyword.getEndOffset()));
			label += " and Interface NULL (the interface is its own template then)";
		}
		acceptor.offer(label, edits);
	}

	/**
	 * DDI202: without a template the framework has nothing to copy, so it accepts Interface NULL only
	 * when a PDO forwards the query to its parent's stack, or when a callback fills the buffer itself.
	 */
	static void completeNullTemplate(FixContext c, Offers acceptor) {
		Producer producer = c.find(Producer.class);
		if (producer == null) {
			return;
		}
		if (producer.getOn() == DeviceObjectRole.CHILD_PDO) {
			acceptor.offer("Add SendQueryToParentStack (the PDO answers with its parent stack's interface)",
					List.of(addClauses(c.text(), producer, List.of("SendQueryToParentStack"))));
		}
		offerImportInterface(acceptor, c, producer, "Add ImportInterface (the callback fills the interface)");
	}

	/**
	 * DDI204: without ImportInterface the framework copies the template over the whole buffer, members
	 * the consumer filled in included, so the producer never sees them.
	 */
	static void importTwoWayInterface(FixContext c, Offers acceptor) {
		Producer producer = c.find(Producer.class);
		if (producer != null) {
			offerImportInterface(acceptor, c, producer, "Add ImportInterface (keep the members the consumer supplies)");
		}
	}

	/** ImportInterface needs a callback (DDI200): one that accepts comes along if there is none. */
	private static void offerImportInterface(Offers acceptor, FixContext c, Producer producer, String label) {
		List<String> clauses = new ArrayList<>(List.of("ImportInterface"));
		if (producer.getCallback() == null) {
			clauses.add(CALLBACK_ACCEPT);
			label += " with '" + CALLBACK_ACCEPT + "'";
		}
		acceptor.offer(label, List.of(addClauses(c.text(), producer, clauses)));
	}

	/** DDI206: a producer with no-op reference routines cannot know whether anyone still holds the interface. */
	static void countReferencesForVeto(FixContext c, Offers acceptor) {
		Producer producer = c.find(Producer.class);
		INode counting = producer == null ? null : featureNode(producer, DdiPackage.Literals.PRODUCER__REFERENCE_COUNTING);
		if (counting != null) {
			acceptor.offer("Use counted references (references counted veto-query-remove)", List.of(replace(counting, "counted")));
		}
	}
}
