package org.ddistudio.model.layout;

/** The size and the alignment, in bytes, of a C type on one ABI. */
public record SizeAndAlignment(long size, int alignment) {

	/** Rounds {@code offset} up to the next multiple of {@code alignment}. */
	public static long align(long offset, int alignment) {
		return (offset + alignment - 1) / alignment * alignment;
	}
}
