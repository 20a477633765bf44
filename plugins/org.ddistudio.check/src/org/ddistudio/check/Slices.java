/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.ddistudio.model.Driver;
import org.ddistudio.sim.SystemIndex;
import org.ddistudio.sim.SystemIndex.HoldSlot;
import org.ddistudio.sim.SystemIndex.TargetSlot;

/**
 * The reduction for independent subtrees: instead of interleaving the events of every device, the checker
 * explores several <em>slices</em>, each the whole system with events allowed only on a set of devices that
 * is closed under interaction. The argument, which {@code SliceAgreementTest} checks on every example and
 * on generated systems (reduced and full search give the same verdict, the same counterexample length and
 * the same bug check):
 * <ol>
 * <li><b>Every explored path is a real path.</b> A slice only restricts which events are taken; each state
 * it reaches is reachable in the full system, so every defect it reports is real, with a trace that replays.</li>
 * <li><b>Footprints.</b> Every defect is about a <em>focus</em>: one device (references outstanding when
 * its registrations are freed, a vetoed or blocked removal) or one holding (a consumer in device A holding an
 * interface answered in device B's stack or its parent's: calls into it, its release, the leak of a query).
 * The focus variables are the PnP states of the devices involved, their registrations' counts and freed
 * flags, the images of the drivers that produce there, the targets opened to them and the holdings they
 * answer. The slice of a focus is the smallest set of devices R containing it and closed under:
 * (a) the whole device tree of a member (removal goes down a subtree, query-remove asks every device of it,
 * a parent's remove IRP waits for its children, SendQueryToParentStack answers from the parent);
 * (b) the owners of remote targets opened to a member (their notifications release, their handles block
 * surprise removal and veto query-remove, their references veto);
 * (c) every device loading a driver that registers an interface on a member (the image unloads only when
 * the last of them is gone, R8).</li>
 * <li><b>Events outside R commute with the focus.</b> An event on a device outside R changes only its own
 * tree, the targets opened to that tree (whose owners may be in R, but those targets and the holdings they
 * answer are not focus variables: by (a)-(c) nothing of R answers through them) and images of drivers no
 * member registers with. So it never changes a focus variable, and an event of R reads only focus
 * variables or, for holdings answered outside R, variables that outside events can only make worse (a
 * producer still started answers where a removed one would fault). Hence in any full path to a first
 * defect, deleting the events outside R leaves a path of the slice that reaches a defect no later. The same
 * holds for a consumer's calls and on-demand queries that enter a stack outside R: they change only that
 * holding and the counts of a registration outside R, so a slice leaves them to the slice of their own
 * (consumer device, target device) pair ({@link TeardownEvents}).</li>
 * </ol>
 * So the shortest counterexample of the full system has the length of the shortest over the slices, and a
 * system passes exactly when every slice passes. Slices are the closures of every device and of every
 * (consumer device, target device) pair; a slice contained in another is dropped (its paths are paths
 * of the larger one). Systems whose devices do not interact get one slice per tree instead of their
 * product; cross-stack consumers join only the trees they hold interfaces from.
 */
final class Slices {

	private Slices() {
	}

	/** The whole system as one slice: the unreduced search. */
	static List<boolean[]> whole(SystemIndex index) {
		boolean[] all = new boolean[index.devices().size()];
		Arrays.fill(all, true);
		return List.of(all);
	}

	/**
	 * The maximal slices, largest first. {@code pinned} (or -1) is added to every slice: a device with a
	 * query-remove pending in the start state, which the PnP manager must finish before anything else.
	 */
	static List<boolean[]> of(SystemIndex index, int pinned) {
		int n = index.devices().size();
		List<BitSet> closures = new ArrayList<>();
		Trees trees = new Trees(index);
		for (int d = 0; d < n; d++) {
			closures.add(closure(index, seed(n, pinned, d), trees));
		}
		for (HoldSlot holding : index.holdings()) {
			BitSet seed = seed(n, pinned, holding.device());
			for (TargetSlot target : index.targets()) {
				if (target.owner() == holding.device() && target.binding().getTarget() == holding.consumer().getTarget()) {
					int to = index.deviceId(target.binding().getDevice());
					if (to >= 0) {
						seed.set(to);
					}
				}
			}
			closures.add(closure(index, seed, trees));
		}
		closures = new ArrayList<>(new java.util.LinkedHashSet<>(closures)); // equal closures are one slice
		closures.sort((a, b) -> Integer.compare(b.cardinality(), a.cardinality()));
		List<BitSet> kept = new ArrayList<>();
		for (BitSet candidate : closures) {
			boolean covered = false;
			for (BitSet larger : kept) {
				BitSet rest = (BitSet) candidate.clone();
				rest.andNot(larger);
				if (rest.isEmpty()) {
					covered = true;
					break;
				}
			}
			if (!covered && !candidate.isEmpty()) {
				kept.add(candidate);
			}
		}
		List<boolean[]> slices = new ArrayList<>();
		for (BitSet set : kept) {
			boolean[] slice = new boolean[n];
			set.stream().forEach(i -> slice[i] = true);
			slices.add(slice);
		}
		return slices;
	}

	private static BitSet seed(int n, int pinned, int device) {
		BitSet seed = new BitSet(n);
		seed.set(device);
		if (pinned >= 0) {
			seed.set(pinned);
		}
		return seed;
	}

	/** Closes a set of devices under (a) trees, (b) owners of targets opened to members, (c) devices of member producers' drivers. */
	static BitSet closure(SystemIndex index, BitSet seed) {
		return closure(index, seed, new Trees(index));
	}

	/** The device trees of a system, numbered once (closures are computed for every device and holding). */
	static final class Trees {
		final int[] root;
		final int[][] members;

		Trees(SystemIndex index) {
			int n = index.devices().size();
			root = new int[n];
			List<List<Integer>> byRoot = new ArrayList<>();
			for (int d = 0; d < n; d++) {
				byRoot.add(new ArrayList<>());
			}
			for (int d = 0; d < n; d++) {
				root[d] = root(index, d);
				byRoot.get(root[d]).add(d);
			}
			members = byRoot.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		}
	}

	static BitSet closure(SystemIndex index, BitSet seed, Trees trees) {
		BitSet result = new BitSet(index.devices().size());
		Deque<Integer> work = new ArrayDeque<>();
		seed.stream().forEach(work::add);
		while (!work.isEmpty()) {
			int d = work.pop();
			if (result.get(d)) {
				continue;
			}
			result.set(d);
			for (int member : trees.members[trees.root[d]]) {
				if (!result.get(member)) {
					work.add(member); // (a)
				}
			}
			for (int target : index.targetsTo(d)) {
				work.add(index.targets().get(target).owner()); // (b)
			}
			for (int registration : index.registrationsOf(d)) {
				Driver driver = index.registrations().get(registration).producer().eContainer() instanceof Driver p ? p : null;
				int id = index.driverId(driver);
				if (id >= 0) {
					for (int other : index.devicesOf(id)) {
						if (!result.get(other)) {
							work.add(other); // (c)
						}
					}
				}
			}
		}
		return result;
	}

	private static int root(SystemIndex index, int device) {
		int d = device;
		for (int guard = 0; index.parent(d) >= 0 && guard <= index.devices().size(); guard++) {
			d = index.parent(d);
		}
		return d;
	}
}
