package org.ddistudio.generator;

/**
 * One file a generator produces.
 *
 * @param path    the path relative to the output directory, with '/' separators
 * @param content the full text, starting with the {@link GeneratedMark}
 */
public record GeneratedFile(String path, String content) {
}
