/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.occurrences;

/**
 * One mention of the element under the caret.
 *
 * @param offset      where it starts in the document
 * @param length      its length
 * @param declaration whether it is the element's declaration (its name where it is declared)
 */
public record Occurrence(int offset, int length, boolean declaration) {
}
