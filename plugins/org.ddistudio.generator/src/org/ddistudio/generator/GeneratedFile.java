package org.ddistudio.generator;

/**
 * One file a generator produces.
 *
 * @param path    the path relative to the output directory, with '/' separators
 * @param content the full text, starting with the {@link GeneratedMark}
 * @param origin  what in the model the file is generated for ("the header of toaster.ddi", "the KMDF
 *                code of driver Drv in Drv.ddi"), so that two files that would get one name can both
 *                be named when the run is refused
 */
public record GeneratedFile(String path, String content, String origin) {

	/** A file whose origin is not known. */
	public GeneratedFile(String path, String content) {
		this(path, content, path);
	}
}
