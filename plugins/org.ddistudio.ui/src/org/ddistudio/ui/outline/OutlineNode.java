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
