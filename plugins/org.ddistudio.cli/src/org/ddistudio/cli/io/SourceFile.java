package org.ddistudio.cli.io;

import java.nio.file.Path;

/**
 * One .ddi file of the input.
 *
 * @param path the absolute, normalised path (identity, resource URI, file to rewrite)
 * @param displayPath the path as the user wrote it, or the folder they named plus the path below it;
 *        this is what diagnostics show, so they can be pasted back into a shell or an editor
 */
public record SourceFile(Path path, String displayPath) {
}
