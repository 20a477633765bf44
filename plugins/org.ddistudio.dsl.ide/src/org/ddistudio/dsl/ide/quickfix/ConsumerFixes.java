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
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.keyword;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.replace;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Producer;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.Producers;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Fixes of consumers (DDI3xx): what a query meets in the described stacks, and the lifetime duties
 * of a consumer. Each fix says which WDK consequence it removes.
 */
final class ConsumerFixes {

	private ConsumerFixes() {
	}

	/**
	 * DDI300: the producer in reach rejects the request because the Size or Version asked for is below
	 * its template's (R3). Ask for what it offers: its template's sizeof on the larger ABI and its version.
	 */
	static void requestWhatIsOffered(FixContext c, Offers acceptor) {
		Consumer consumer = c.find(Consumer.class);
		if (consumer == null || consumer.getInterface() == null || consumer.getInterface().eIsProxy()) {
			return;
		}
		long size = 0;
		int version = 0;
		String producers = "";
		for (Producer producer : Reach.answering(consumer, Reach.ANY_SIZE, Reach.ANY_VERSION)) {
			if (producer.isNullTemplate()) {
				continue; // its callback decides, no template to match
			}
			for (Abi abi : Abi.values()) {
				try {
					size = Math.max(size, InterfaceLayout.compute(producer.getInterface(), abi).size());
				} catch (LayoutException e) {
					return;
				}
			}
			version = Math.max(version, producer.getInterface().getVersion());
			producers = ((Driver) producer.eContainer()).getName();
		}
		Interface iface = consumer.getInterface();
		long ownSize = 0;
		for (Abi abi : Abi.values()) {
			try {
				ownSize = Math.max(ownSize, InterfaceLayout.compute(iface, abi).size());
			} catch (LayoutException e) {
				return;
			}
		}
		long askedSize = consumer.isSetRequestedSize() ? consumer.getRequestedSize() : ownSize;
		int askedVersion = consumer.isSetRequestedVersion() ? consumer.getRequestedVersion() : iface.getVersion();
		List<Replacement> edits = new ArrayList<>();
		List<String> added = new ArrayList<>();
		List<String> what = new ArrayList<>();
		if (size > askedSize) {
			what.add("size " + size);
			INode node = featureNode(consumer, DdiPackage.Literals.CONSUMER__REQUESTED_SIZE);
			if (node != null) {
				edits.add(replace(node, Long.toString(size)));
			} else {
				added.add("size " + size);
			}
		}
		if (version > askedVersion) {
			what.add("version " + version);
			INode node = featureNode(consumer, DdiPackage.Literals.CONSUMER__REQUESTED_VERSION);
			if (node != null) {
				edits.add(replace(node, Integer.toString(version)));
			} else {
				added.add("version " + version);
			}
		}
		if (!added.isEmpty()) {
			edits.add(addClauses(c.text(), consumer, List.of(String.join(" ", added))));
		}
		acceptor.offer("Request what '" + producers + "' offers: " + String.join(", ", what), edits);
	}

	/**
	 * DDI302: a consumer in another stack holds the routines while the producer's stack may go away;
	 * with counted references that veto query-remove the producer's device is not removed (nor its
	 * driver unloaded) while the interface is held, instead of a later call bug-checking 0xCE.
	 */
	static void countAndVetoInProducer(FixContext c, Offers acceptor) {
		Consumer consumer = c.find(Consumer.class);
		if (consumer == null) {
			return;
		}
		List<Replacement> edits = new ArrayList<>();
		List<String> drivers = new ArrayList<>();
		for (Producer producer : Reach.answering(consumer, Reach.requestedSize(consumer), Reach.requestedVersion(consumer))) {
			if (Producers.counting(producer) != ReferenceCounting.NOOP) {
				continue;
			}
			if (producer.eResource() != c.resource()) {
				return; // the producer is in another file: a text edit of this one cannot fix it
			}
			String clause = "references counted veto-query-remove";
			INode references = keyword(producer, "references", false);
			if (references != null) {
				INode last = producer.isVetoQueryRemove() ? featureNode(producer, DdiPackage.Literals.PRODUCER__VETO_QUERY_REMOVE)
						: featureNode(producer, DdiPackage.Literals.PRODUCER__REFERENCE_COUNTING);
				edits.add(new Replacement(references.getOffset(), last.getEndOffset() - references.getOffset(), clause));
			} else {
				edits.add(addClauses(c.text(), producer, List.of(clause)));
			}
			drivers.add("'" + ((Driver) producer.eContainer()).getName() + "'");
		}
		acceptor.offer("Make " + String.join(", ", drivers) + " count references and veto query-remove", edits);
	}

	/**
	 * DDI303: KMDF tells a remote target's owner that the device goes away, but knows nothing of the
	 * interface (§4.3): the consumer must release it, and close the target, when query-remove and
	 * remove-complete arrive, or a counted producer vetoes removal forever.
	 */
	static void releaseOnRemoval(FixContext c, Offers acceptor) {
		Consumer consumer = c.find(Consumer.class);
		RemoteTargetDecl target = consumer == null ? null : consumer.getTarget();
		if (target == null || target.eIsProxy() || target.eResource() != c.resource()) {
			return;
		}
		List<Replacement> edits = new ArrayList<>();
		List<String> added = new ArrayList<>();
		List<String> events = new ArrayList<>();
		for (TargetEvent event : List.of(TargetEvent.QUERY_REMOVE, TargetEvent.REMOVE_COMPLETE)) {
			TargetCallback existing = target.getCallbacks().stream().filter(cb -> cb.getEvent() == event).findFirst().orElse(null);
			if (existing != null && existing.getActions().contains(TargetAction.RELEASE)) {
				continue;
			}
			events.add(event.getLiteral());
			List<String> actions = new ArrayList<>(List.of("release", "close"));
			if (existing != null) {
				existing.getActions().stream().map(a -> a.getLiteral()).filter(a -> !actions.contains(a)).forEach(actions::add);
				edits.add(replace(SourceEdits.node(existing), event.getLiteral() + " " + String.join(" ", actions)));
			} else {
				added.add(event.getLiteral() + " " + String.join(" ", actions));
			}
		}
		if (!added.isEmpty()) {
			edits.add(addClauses(c.text(), target, added));
		}
		acceptor.offer("Release the interface and close target '" + target.getName() + "' in " + String.join(" and ", events), edits);
	}

	/** DDI304: a reference never dropped keeps the producer's device from ever being removed cleanly. */
	static void releaseInReleaseHardware(FixContext c, Offers acceptor) {
		Consumer consumer = c.find(Consumer.class);
		INode release = consumer == null ? null : featureNode(consumer, DdiPackage.Literals.CONSUMER__RELEASE);
		if (release != null) {
			acceptor.offer("Release in EvtDeviceReleaseHardware", List.of(replace(release, "EvtDeviceReleaseHardware")));
		}
	}
}
