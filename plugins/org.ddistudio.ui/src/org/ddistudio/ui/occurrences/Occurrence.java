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
