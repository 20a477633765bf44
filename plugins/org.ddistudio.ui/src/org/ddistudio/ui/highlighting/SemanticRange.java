/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.highlighting;

import org.eclipse.jface.text.Position;

/**
 * A name coloured by what it declares or refers to. A document position, so that it moves with the
 * text typed before it until the next semantic pass replaces it.
 */
public final class SemanticRange extends Position {

	final DdiStyle style;
	final boolean deprecated;

	SemanticRange(int offset, int length, DdiStyle style, boolean deprecated) {
		super(offset, length);
		this.style = style;
		this.deprecated = deprecated;
	}

	/** What the name is coloured as. */
	public DdiStyle style() {
		return style;
	}

	/** Whether it names a deprecated interface version (struck through). */
	public boolean deprecated() {
		return deprecated;
	}

	/** Same place and same look: re-publishing it needs no repaint. */
	boolean sameAs(SemanticRange other) {
		return offset == other.offset && length == other.length && style == other.style && deprecated == other.deprecated
				&& !other.isDeleted();
	}
}
