/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.AcceptedVersion;
import org.ddistudio.model.Device;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.Producer;
import org.ddistudio.model.QueryCallback;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.LayoutException;

/**
 * Answers a query interface request sent to the top of a device's stack exactly as KMDF does
 * (wdf-semantics.md §1.2, rules R1-R4, R6): the IRP starts as STATUS_NOT_SUPPORTED and travels down;
 * at each device object the first registration of the GUID is checked (template Size &lt;= requested
 * Size and template Version &lt;= requested Version); on a mismatch an FDO or filter passes the IRP
 * down untouched while a PDO completes it with STATUS_INVALID_BUFFER_SIZE; the callback may accept,
 * reject with an error (completes), or say STATUS_NOT_SUPPORTED (travels on); an FDO or filter that
 * answered still forwards the filled IRP, so a lower producer overwrites the buffer (the upper
 * reference leaks); a PDO with SendQueryToParentStack sends a new IRP to the top of its parent's
 * stack and takes that answer unless it is still STATUS_NOT_SUPPORTED.
 */
public final class QueryRouter {

	private QueryRouter() {
	}

	/** Evaluates the request entering the top of {@code device}'s stack on one ABI, in the declared model. */
	public static QueryOutcome query(Device device, QueryRequest request, Abi abi) {
		return query(device, request, abi, StackEnvironment.DECLARED);
	}

	/** Evaluates the request entering the top of {@code device}'s stack as the environment currently has it. */
	public static QueryOutcome query(Device device, QueryRequest request, Abi abi, StackEnvironment environment) {
		Walk walk = new Walk(request, abi, environment);
		NtStatus status = walk.stack(device, NtStatus.STATUS_NOT_SUPPORTED);
		return new QueryOutcome(status, status == NtStatus.STATUS_SUCCESS ? walk.answeredBy : null,
				status == NtStatus.STATUS_SUCCESS ? walk.answeredAt : null, walk.overwritten, walk.producersSeen, walk.fills,
				walk.hops);
	}

	/** The layers of a stack from the top device object to the PDO. */
	public static List<StackLayer> topDown(Device device) {
		List<StackLayer> layers = new ArrayList<>(device.getLayers());
		java.util.Collections.reverse(layers);
		return layers;
	}

	private static final class Walk {
		final QueryRequest request;
		final Abi abi;
		final StackEnvironment environment;
		final List<Fill> fills = new ArrayList<>();
		final Set<Device> visited = new HashSet<>();
		final List<Hop> hops = new ArrayList<>();
		final List<Stop> overwritten = new ArrayList<>();
		Producer answeredBy;
		Stop answeredAt;
		boolean producersSeen;

		Walk(QueryRequest request, Abi abi, StackEnvironment environment) {
			this.request = request;
			this.abi = abi;
			this.environment = environment;
		}

		/**
		 * A PDO that sent a new IRP to its parent's stack, waiting for the answer: the walk up the
		 * tree is a loop with these on a stack of its own, so a tree ten thousand devices deep whose
		 * PDOs all send the query on does not overflow the thread's.
		 */
		private record WaitingPdo(Stop stop, Producer producer, NtStatus status) {
		}

		/** Set by {@link #layers} when the PDO at the bottom of the stack sent the query to its parent's. */
		private WaitingPdo sentToParent;

		NtStatus stack(Device device, NtStatus status) {
			Deque<WaitingPdo> waiting = new ArrayDeque<>();
			NtStatus result = layers(device, status);
			for (Device current = device; sentToParent != null;) {
				waiting.push(sentToParent);
				sentToParent = null;
				current = current.getParent();
				result = layers(current, NtStatus.STATUS_NOT_SUPPORTED);
			}
			while (!waiting.isEmpty()) {
				WaitingPdo pdo = waiting.pop();
				NtStatus back = result != NtStatus.STATUS_NOT_SUPPORTED ? result : pdo.status();
				hops.add(new Hop(pdo.stop(), Hop.Kind.BACK_FROM_PARENT_STACK, back, pdo.producer(), true));
				result = back;
			}
			return result;
		}

		/** The request through one stack, top down to its PDO. */
		private NtStatus layers(Device device, NtStatus status) {
			if (device == null || device.eIsProxy() || !visited.add(device)) {
				return status; // no parent, or a cyclic tree: nobody else answers
			}
			for (StackLayer layer : environment.topDown(device)) {
				Stop stop = new Stop(device, layer, layer.getDriver());
				boolean pdo = layer.getRole() == LayerRole.PDO;
				Producer producer = environment.registration(device, layer, request.guid());
				if (producer == null) {
					hops.add(new Hop(stop, Hop.Kind.UNKNOWN_GUID, status, null, pdo));
					if (pdo) {
						return status;
					}
					continue;
				}
				producersSeen = true;
				if (!producer.isNullTemplate() && !fits(producer)) {
					if (pdo) {
						hops.add(new Hop(stop, Hop.Kind.MISMATCH, NtStatus.STATUS_INVALID_BUFFER_SIZE, producer, true));
						return NtStatus.STATUS_INVALID_BUFFER_SIZE;
					}
					hops.add(new Hop(stop, Hop.Kind.MISMATCH, status, producer, false));
					continue;
				}
				NtStatus callback = callback(producer.getCallback());
				if (callback != NtStatus.STATUS_SUCCESS && callback != NtStatus.STATUS_NOT_SUPPORTED) {
					hops.add(new Hop(stop, Hop.Kind.REJECTED, callback, producer, true));
					return callback;
				}
				if (producer.isSendQueryToParentStack() && pdo) {
					// the status of this IRP while the new one travels the parent's stack
					hops.add(new Hop(stop, Hop.Kind.TO_PARENT_STACK, status, producer, false));
					sentToParent = new WaitingPdo(stop, producer, status); // stack() walks on to the parent
					return status;
				}
				if (!producer.isImportInterface() || callback == NtStatus.STATUS_SUCCESS) {
					// the template was copied (or the callback filled the buffer) and InterfaceReference is called
					fills.add(new Fill(stop, producer, callback == NtStatus.STATUS_SUCCESS));
				}
				if (callback == NtStatus.STATUS_SUCCESS) {
					if (answeredAt != null) {
						overwritten.add(answeredAt);
					}
					answeredBy = producer;
					answeredAt = stop;
				}
				status = callback;
				hops.add(new Hop(stop, callback == NtStatus.STATUS_SUCCESS ? Hop.Kind.ANSWERED : Hop.Kind.NOT_SUPPORTED, status, producer, pdo));
				if (pdo) {
					return status;
				}
			}
			return status;
		}

		/** R3: template Size &lt;= requested Size and template Version &lt;= requested Version. */
		boolean fits(Producer producer) {
			try {
				long size = environment.layout(producer.getInterface(), abi).size();
				return size <= request.size() && producer.getInterface().getVersion() <= request.version();
			} catch (LayoutException e) {
				return false;
			}
		}

		NtStatus callback(QueryCallback callback) {
			if (callback == null) {
				return NtStatus.STATUS_SUCCESS;
			}
			switch (callback.getPolicy()) {
			case ACCEPT:
				return NtStatus.STATUS_SUCCESS;
			case FAIL:
				return callback.getFailStatus();
			case NOT_SUPPORTED:
				return NtStatus.STATUS_NOT_SUPPORTED;
			case EXACT_VERSIONS:
			default:
				for (AcceptedVersion accepted : callback.getAccepted()) {
					if (accepted.getVersion() == request.version() && request.size() >= accepted.getMinimumSize()) {
						return NtStatus.STATUS_SUCCESS;
					}
				}
				return NtStatus.STATUS_NOT_SUPPORTED;
			}
		}
	}
}
