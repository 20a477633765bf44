/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The source span (offset and end offset in the file's text) of every element of one resource, kept
 * after its node model is released so that reports can still say where an element is written.
 * Filled once ({@link #record}) before the node model goes ({@link NodeModelRelease},
 * {@link DdiResource#detachSourceModel}), read-only afterwards.
 * <p>
 * Why not an {@code IdentityHashMap<EObject, Long>}: it would box every span (a 16-byte Long) and,
 * with its two slots per entry at a load of at most two thirds, cost about 48 bytes per element,
 * which is what the release is meant to save. This is an open-addressing table keyed by identity
 * with linear probing: one Object[] of keys and one long[] of packed spans (offset in the high 32
 * bits, end offset in the low 32), sized once for the number of elements at a load of two thirds,
 * so about 18 bytes per element. Nothing is ever removed, so probing needs no tombstones.
 */
public final class SourceSpans {

	/** Fibonacci hashing: spreads identity hash codes that differ in a few bits over the whole table. */
	private static final int GOLDEN = 0x9E3779B9;

	private final Object[] keys;
	private final long[] spans;
	private int size;

	/** An empty table for up to {@code expected} elements. */
	SourceSpans(int expected) {
		int capacity = Math.max(4, (int) Math.min(Integer.MAX_VALUE - 8, expected * 3L / 2 + 1));
		keys = new Object[capacity];
		spans = new long[capacity];
	}

	/**
	 * The span of {@link NodeModelUtils#findActualNodeFor(EObject)} of every element of a resource
	 * that still has its node model (elements without a node get none).
	 */
	static SourceSpans record(Resource resource) {
		int elements = 0;
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); it.next()) {
			elements++;
		}
		SourceSpans spans = new SourceSpans(elements);
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			if (node != null) {
				spans.put(element, node.getOffset(), node.getEndOffset());
			}
		}
		return spans;
	}

	/** Records where an element is written; an element is recorded at most once. */
	void put(EObject element, int offset, int endOffset) {
		if (size + 1 >= keys.length) {
			throw new IllegalStateException("more elements than the table was sized for");
		}
		int slot = slot(element);
		while (keys[slot] != null) {
			if (keys[slot] == element) {
				throw new IllegalArgumentException("element recorded twice");
			}
			slot = next(slot);
		}
		keys[slot] = element;
		spans[slot] = (long) offset << 32 | endOffset & 0xFFFF_FFFFL;
		size++;
	}

	/** The offset of the element's first character, or -1 if it has no recorded span. */
	public int offset(EObject element) {
		int slot = find(element);
		return slot < 0 ? -1 : (int) (spans[slot] >>> 32);
	}

	/** The offset after the element's last character, or -1 if it has no recorded span. */
	public int endOffset(EObject element) {
		int slot = find(element);
		return slot < 0 ? -1 : (int) spans[slot];
	}

	/** How many elements have a span. */
	public int size() {
		return size;
	}

	private int find(EObject element) {
		if (element == null) {
			return -1;
		}
		for (int slot = slot(element); keys[slot] != null; slot = next(slot)) {
			if (keys[slot] == element) {
				return slot;
			}
		}
		return -1;
	}

	/** The home slot: the high bits of the scrambled hash, scaled to the table's length (no modulo, any length). */
	private int slot(Object key) {
		long hash = (System.identityHashCode(key) * GOLDEN) & 0xFFFF_FFFFL;
		return (int) (hash * keys.length >>> 32);
	}

	private int next(int slot) {
		return slot + 1 == keys.length ? 0 : slot + 1;
	}
}
