/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.outline;

import java.util.List;

/**
 * One outline entry, computed in the background from the parsed model. A plain value: the UI thread
 * only ever sees these, never EMF objects that a later parse may change under it.
 *
 * @param label    what the outline shows
 * @param kind     the element kind (interface, driver, member ...), for the icon and tests
 * @param offset   where the element's name is, for selecting it in the editor
 * @param length   the name's length
 * @param children nested entries
 */
public record OutlineNode(String label, String kind, int offset, int length, List<OutlineNode> children) {
}
